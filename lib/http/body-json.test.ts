import { describe, expect, it } from "vitest";
import { bodyJson, isList, jsonArray, RawJson, withGeneratedAt } from "./body-json";

const at = new Date("2026-12-07T02:00:00.000Z");

describe("a list's JSON with the moment it is answered", () => {
  it("adds generatedAt to meta, whether meta is empty or not, and keeps everything else", () => {
    for (const meta of [{}, { count: 3 }, { count: 0, note: "}}" }]) {
      const body = { meta, data: [{ title: 'ends with "}}"', nested: { a: {} } }], links: { next: null } };
      const sent = JSON.parse(withGeneratedAt(bodyJson(body), at));
      expect(sent).toEqual({ ...body, meta: { ...meta, generatedAt: at.toISOString() } });
    }
  });

  it("writes meta last, so the members come out in the order data, links, meta", () => {
    const json = bodyJson({ meta: { count: 1 }, data: [1], links: {} });
    expect(Object.keys(JSON.parse(json))).toEqual(["data", "links", "meta"]);
  });

  it("tells lists (with meta) from single items", () => {
    expect(isList({ data: [], links: {}, meta: {} })).toBe(true);
    expect(isList({ data: { code: "LMC-2024-TH-001" } })).toBe(false);
    expect(isList(null)).toBe(false);
  });
});

describe("a body whose data the database wrote", () => {
  const items = ['{"code":"A","title":{"value":"ຂົວ \\"}}\\"","locale":"lo"}}', '{"code":"B"}'];

  it("places the data's text as it is, in a list or alone", () => {
    const list = { data: jsonArray(items), links: { next: null }, meta: { count: 2 } };
    const sent = JSON.parse(withGeneratedAt(bodyJson(list), at));
    expect(sent).toEqual({
      data: items.map((item) => JSON.parse(item)),
      links: { next: null },
      meta: { count: 2, generatedAt: at.toISOString() },
    });
    expect(JSON.parse(bodyJson({ data: new RawJson(items[1]!) }))).toEqual({ data: { code: "B" } });
    expect(JSON.parse(bodyJson({ data: jsonArray([]), links: {}, meta: {} }))).toEqual({
      data: [],
      links: {},
      meta: {},
    });
  });

  it("serializes a body without data as it is", () => {
    expect(JSON.parse(bodyJson({ count: 1 }))).toEqual({ count: 1 });
  });
});

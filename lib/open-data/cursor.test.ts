import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

const token = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("the API's cursor", () => {
  it("gives back the position it was made from, to the millisecond", () => {
    const position = { updatedAt: new Date("2026-03-04T05:06:07.089Z"), key: "LMC-2019-TH-012" };
    const projects = encodeCursor("projects", position);
    expect(projects).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor("projects", projects)).toEqual(position);
    const update = { updatedAt: position.updatedAt, key: "0b7f5d2e-8c1a-4f3e-9a6b-2d4c8e1f0a3b" };
    expect(decodeCursor("updates", encodeCursor("updates", update))).toEqual(update);
  });

  it("is refused by a list other than the one that issued it", () => {
    const position = { updatedAt: new Date(), key: "0b7f5d2e-8c1a-4f3e-9a6b-2d4c8e1f0a3b" };
    expect(decodeCursor("projects", encodeCursor("updates", position))).toBeNull();
  });

  it.each([
    ["empty", ""],
    ["not base64url", "abc$"],
    ["not JSON", Buffer.from("[oops").toString("base64url")],
    ["another shape", token({ offset: 100 })],
    ["no list", token(["2026-01-01T00:00:00.000Z", "LMC-1"])],
    ["a bad date", token(["projects", "yesterday", "LMC-1"])],
    ["an impossible date", token(["projects", "2026-02-30T00:00:00.000Z", "LMC-1"])],
    ["SQL in the code", token(["projects", "2026-01-01T00:00:00.000Z", "x' OR 1=1"])],
    ["a code where an id belongs", token(["updates", "2026-01-01T00:00:00.000Z", "LMC-2019-TH-012"])],
    ["too long", "A".repeat(500)],
  ])("refuses a forged one: %s", (_name, value) => {
    expect(decodeCursor("projects", value)).toBeNull();
    expect(decodeCursor("updates", value)).toBeNull();
  });
});

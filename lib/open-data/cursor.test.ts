import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

describe("the API's cursor", () => {
  it("gives back the position it was made from, to the millisecond", () => {
    const position = { updatedAt: new Date("2026-03-04T05:06:07.089Z"), code: "LMC-2019-TH-012" };
    const token = encodeCursor(position);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(token)).toEqual(position);
  });

  it.each([
    ["empty", ""],
    ["not base64url", "abc$"],
    ["not JSON", Buffer.from("[oops").toString("base64url")],
    ["another shape", Buffer.from('{"offset":100}').toString("base64url")],
    ["a bad date", Buffer.from('["yesterday","LMC-1"]').toString("base64url")],
    ["an impossible date", Buffer.from('["2026-02-30T00:00:00.000Z","LMC-1"]').toString("base64url")],
    ["SQL in the code", Buffer.from(`["2026-01-01T00:00:00.000Z","x' OR 1=1"]`).toString("base64url")],
    ["too long", "A".repeat(500)],
  ])("refuses a forged one: %s", (_name, token) => {
    expect(decodeCursor(token)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { rawInputProblems } from "./raw-input";

describe("raw input problems", () => {
  it("finds control characters in text at their field", () => {
    expect(rawInputProblems({ title: "ok", funding: [{ currency: "U\u0000SD" }] })).toEqual({
      "funding.0.currency": [{ key: "validation.controlCharacters" }],
    });
    expect(rawInputProblems("\u0007")).toEqual({ _form: [{ key: "validation.controlCharacters" }] });
  });

  it("accepts tabs and line breaks, files and ordinary values", () => {
    expect(
      rawInputProblems({ narrative: "line\r\nnext\tcolumn", file: new Blob(["\u0000"]), n: 1, b: true }),
    ).toBeNull();
  });

  it("refuses an input nested deeper than any form, without exhausting the stack", () => {
    let deep: unknown = "leaf";
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(rawInputProblems(deep)).toEqual({ _form: [{ key: "validation.invalid" }] });
  });
});

import { describe, expect, it } from "vitest";
import { headerCell, keyOfHeader } from "./sheet-header";

describe("sheet headers", () => {
  it("reads the key of a labelled header in any script", () => {
    expect(keyOfHeader(headerCell("ชื่อเรื่อง (ไทย)", "title.th"))).toBe("title.th");
    expect(keyOfHeader("项目代码 [code]  ")).toBe("code");
  });

  it("reads a bare key, and nothing from a header without one", () => {
    expect(keyOfHeader("funding.amount")).toBe("funding.amount");
    expect(keyOfHeader("My notes")).toBeNull();
    expect(keyOfHeader("Notes [see below")).toBeNull();
  });
});

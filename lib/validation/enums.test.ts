// The lists the code keeps as TypeScript tuples (for zod enums, menus and tables) must be exactly
// the enumerations of the database schema, in the same order: one source for each.
import { describe, expect, it } from "vitest";
import * as prisma from "@/generated/prisma/enums";
import { ROLES } from "@/lib/auth/permissions";
import { TRANSLATION_STATUSES } from "@/lib/i18n/localized-text";
import { locales } from "@/lib/i18n/settings";
import { FUNDING_SOURCES, PROJECT_STATUSES } from "@/lib/projects/status";
import { REPORT_STATES } from "@/lib/reports/workflow";

describe("enumerations", () => {
  it.each([
    ["Locale", locales, prisma.Locale],
    ["TranslationStatus", TRANSLATION_STATUSES, prisma.TranslationStatus],
    ["Role", ROLES, prisma.Role],
    ["ProjectStatus", PROJECT_STATUSES, prisma.ProjectStatus],
    ["FundingSource", FUNDING_SOURCES, prisma.FundingSource],
    ["ReportState", REPORT_STATES, prisma.ReportState],
  ] as const)("%s is the schema's enumeration", (_name, list, generated) => {
    expect([...list]).toEqual(Object.values(generated));
  });
});

import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import {
  availableActions,
  isEditable,
  isOverdue,
  nextState,
  REPORT_ACTIONS,
  REPORT_STATES,
  type ReportAction,
  type ReportState,
} from "./workflow";

// Every state × every action, written out: the allowed moves, and null for everything else.
const EXPECTED: Record<ReportState, Partial<Record<ReportAction, ReportState>>> = {
  not_started: { save: "drafting" },
  drafting: { save: "drafting", submit: "submitted" },
  submitted: { return: "returned", approve: "approved" },
  returned: { save: "drafting", submit: "submitted" },
  approved: { reopen: "drafting" },
};

describe("the report workflow", () => {
  it.each(REPORT_STATES.flatMap((state) => REPORT_ACTIONS.map((action) => ({ state, action }))))(
    "$action from $state",
    ({ state, action }) => {
      expect(nextState(state, action)).toBe(EXPECTED[state][action] ?? null);
    },
  );

  it("keeps a contribution editable until it is submitted, and again once returned or reopened", () => {
    expect(REPORT_STATES.filter(isEditable)).toEqual(["not_started", "drafting", "returned"]);
  });

  it("counts a contribution overdue from the day after its due date, unless submitted or approved", () => {
    const due = new Date("2022-03-31T00:00:00Z");
    expect(isOverdue("drafting", due, new Date("2022-03-31T23:00:00Z"))).toBe(false);
    expect(isOverdue("drafting", due, new Date("2022-04-01T00:00:00Z"))).toBe(true);
    expect(isOverdue("returned", due, new Date("2022-05-01T00:00:00Z"))).toBe(true);
    expect(isOverdue("submitted", due, new Date("2022-05-01T00:00:00Z"))).toBe(false);
    expect(isOverdue("approved", due, new Date("2022-05-01T00:00:00Z"))).toBe(false);
  });
});

describe("the moves a person may make", () => {
  const person = (role: Actor["role"], countryCode: string | null = null): Actor => ({
    userId: "u",
    sessionId: "s",
    email: "x@example.org",
    name: "x",
    role,
    countryCode,
    locale: "en",
    twoFactorEnabled: true,
  });

  it("gives a secretariat its own country's drafting moves and a coordinator the reviewing ones", () => {
    const drafting = { state: "drafting" as const, countryCode: "TH" };
    expect(availableActions(person("secretariat", "TH"), drafting)).toEqual(["save", "submit"]);
    expect(availableActions(person("secretariat", "VN"), drafting)).toEqual([]);
    expect(availableActions(person("coordinator"), drafting)).toEqual([]);
    const submitted = { state: "submitted" as const, countryCode: "TH" };
    expect(availableActions(person("coordinator"), submitted)).toEqual(["return", "approve"]);
    expect(availableActions(person("secretariat", "TH"), submitted)).toEqual([]);
    expect(availableActions(person("admin"), { state: "approved", countryCode: "VN" })).toEqual(["reopen"]);
    expect(availableActions(null, submitted)).toEqual([]);
    expect(availableActions(person("viewer"), submitted)).toEqual([]);
  });
});

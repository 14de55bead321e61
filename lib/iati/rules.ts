// The IATI rules the schema cannot express, checked before a project is exported: a project that
// breaks one is left out of every file and reported with the reason, never exported broken.
import { dateToDay } from "@/lib/validation/primitives";

export const IATI_PROBLEMS = [
  "noDates",
  "actualDateInFuture",
  "plannedEndBeforeStart",
  "identifier",
] as const;
export type IatiProblem = (typeof IATI_PROBLEMS)[number];

export type DatedProject = {
  plannedStart: Date | null;
  plannedEnd: Date | null;
  actualStart: Date | null;
  actualEnd: Date | null;
};

/** Characters IATI forbids in an activity identifier (it becomes part of addresses). */
const FORBIDDEN_IN_IDENTIFIER = /[/&|?\s]/;

export function iatiProblems(project: DatedProject, identifier: string, today: string): IatiProblem[] {
  const problems: IatiProblem[] = [];
  const { plannedStart, plannedEnd, actualStart, actualEnd } = project;
  if (!plannedStart && !plannedEnd && !actualStart && !actualEnd) problems.push("noDates");
  if ([actualStart, actualEnd].some((date) => date && dateToDay(date) > today))
    problems.push("actualDateInFuture");
  if (plannedStart && plannedEnd && plannedEnd < plannedStart) problems.push("plannedEndBeforeStart");
  if (FORBIDDEN_IN_IDENTIFIER.test(identifier)) problems.push("identifier");
  return problems;
}

/**
 * `count` shares of 100 per cent with two decimals that sum to exactly 100 (the rounding remainder
 * goes to the first), as IATI requires of recipient countries and of sectors per vocabulary.
 */
export function percentages(count: number): string[] {
  if (count === 0) return [];
  const base = Math.floor(10_000 / count);
  const remainder = 10_000 - base * count;
  return Array.from({ length: count }, (_, index) => ((base + (index < remainder ? 1 : 0)) / 100).toFixed(2));
}

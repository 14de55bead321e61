// The project list as a table (CSV): one column per JSON field, in the same order and with the
// same names; nested fields as `field.part`, lists joined by "; ", texts with their locale and
// status beside them (with lang=all, every wording in one cell, each marked with its locale).
import type { Cell, Table } from "@/lib/http/api-route";
import type { ApiProject } from "./schemas";
import { textCell, type ApiText } from "./text";

const list = (values: string[]) => values.join("; ");
const textLocale = (text: ApiText) => (Array.isArray(text) ? null : text.locale);
const textStatus = (text: ApiText) => (Array.isArray(text) ? null : text.status);

const COLUMNS: [string, (project: ApiProject) => Cell][] = [
  ["code", (p) => p.code],
  ["title", (p) => textCell(p.title)],
  ["title.locale", (p) => textLocale(p.title)],
  ["title.status", (p) => textStatus(p.title)],
  ["summary", (p) => textCell(p.summary)],
  ["summary.locale", (p) => textLocale(p.summary)],
  ["summary.status", (p) => textStatus(p.summary)],
  ["status", (p) => p.status],
  ["progress", (p) => p.progress],
  ["approvalYear", (p) => p.approvalYear],
  ["leadCountry", (p) => p.leadCountry],
  ["countries", (p) => list(p.countries)],
  ["pillar", (p) => p.pillar],
  ["priorityAreas", (p) => list(p.priorityAreas)],
  ["paragraphs", (p) => list(p.paragraphs)],
  ["sdgTargets", (p) => list(p.sdgTargets)],
  ["implementingAgencies", (p) => p.implementingAgencies],
  ["plannedStart", (p) => p.plannedStart],
  ["plannedEnd", (p) => p.plannedEnd],
  ["actualStart", (p) => p.actualStart],
  ["actualEnd", (p) => p.actualEnd],
  ["funding", (p) => list(p.funding.map((line) => `${line.source} ${line.amount} ${line.currency}`))],
  ["locations", (p) => list(p.locations.map((location) => `${location.country} ${location.province}`))],
  ["updatedAt", (p) => p.updatedAt],
  ["links.self", (p) => p.links.self],
  ["links.page", (p) => p.links.page],
];

export function projectColumns(projects: ApiProject[]): Table {
  return {
    fields: COLUMNS.map(([name]) => name),
    rows: projects.map((project) => COLUMNS.map(([, cell]) => cell(project))),
  };
}

import "server-only";
import { getDb } from "@/lib/db/client";
import type { Answer, Cell } from "@/lib/http/api-route";
import { dateToDay } from "@/lib/validation/primitives";
import { apiUrl } from "./links";
import { apiText, textCell, textFor, type ApiLang } from "./text";

// The cooperation's short reference lists (countries, pillars, priority areas, working groups,
// meetings): one page each, in their own order, as JSON and as a table.

export function list<T extends Record<string, unknown>>(
  path: string,
  lang: ApiLang,
  data: T[],
  columns: [string, (item: T) => Cell][],
): Answer {
  const self = apiUrl(path, lang === "en" ? {} : { lang });
  return {
    body: { data, links: { self, next: null }, meta: { count: data.length } },
    table: () => ({
      fields: columns.map(([name]) => name),
      rows: data.map((item) => columns.map(([, cell]) => cell(item))),
    }),
  };
}

export async function countryList({ lang }: { lang: ApiLang }): Promise<Answer> {
  const rows = await getDb().country.findMany({
    orderBy: { position: "asc" },
    select: { code: true, nationalLocale: true, name: textFor(lang) },
  });
  const data = rows.map((row) => ({
    code: row.code,
    name: apiText(row.name, lang),
    nationalLocale: row.nationalLocale,
  }));
  return list("/countries", lang, data, [
    ["code", (c) => c.code],
    ["name", (c) => textCell(c.name)],
    ["nationalLocale", (c) => c.nationalLocale],
  ]);
}

export async function pillarList({ lang }: { lang: ApiLang }): Promise<Answer> {
  const rows = await getDb().pillar.findMany({
    orderBy: { position: "asc" },
    select: { slug: true, position: true, name: textFor(lang), description: textFor(lang) },
  });
  const data = rows.map((row) => ({
    slug: row.slug,
    position: row.position,
    name: apiText(row.name, lang),
    description: apiText(row.description, lang),
  }));
  return list("/pillars", lang, data, [
    ["slug", (p) => p.slug],
    ["position", (p) => p.position],
    ["name", (p) => textCell(p.name)],
    ["description", (p) => textCell(p.description)],
  ]);
}

export async function priorityAreaList({ lang }: { lang: ApiLang }): Promise<Answer> {
  const rows = await getDb().priorityArea.findMany({
    orderBy: { position: "asc" },
    select: {
      slug: true,
      position: true,
      isCore: true,
      pillar: { select: { slug: true } },
      name: textFor(lang),
      description: textFor(lang),
    },
  });
  const data = rows.map((row) => ({
    slug: row.slug,
    position: row.position,
    pillar: row.pillar.slug,
    isCore: row.isCore,
    name: apiText(row.name, lang),
    description: row.description && apiText(row.description, lang),
  }));
  return list("/priority-areas", lang, data, [
    ["slug", (a) => a.slug],
    ["position", (a) => a.position],
    ["pillar", (a) => a.pillar],
    ["isCore", (a) => (a.isCore ? "true" : "false")],
    ["name", (a) => textCell(a.name)],
    ["description", (a) => (a.description ? textCell(a.description) : null)],
  ]);
}

export async function workingGroupList({ lang }: { lang: ApiLang }): Promise<Answer> {
  const rows = await getDb().workingGroup.findMany({
    orderBy: { position: "asc" },
    select: {
      slug: true,
      position: true,
      kind: true,
      priorityArea: { select: { slug: true } },
      name: textFor(lang),
    },
  });
  const data = rows.map((row) => ({
    slug: row.slug,
    position: row.position,
    kind: row.kind,
    priorityArea: row.priorityArea?.slug ?? null,
    name: apiText(row.name, lang),
  }));
  return list("/working-groups", lang, data, [
    ["slug", (g) => g.slug],
    ["position", (g) => g.position],
    ["kind", (g) => g.kind],
    ["priorityArea", (g) => g.priorityArea],
    ["name", (g) => textCell(g.name)],
  ]);
}

/** The cooperation's meetings, the most recent first. */
export async function meetingList({ lang }: { lang: ApiLang }): Promise<Answer> {
  const rows = await getDb().meeting.findMany({
    orderBy: [{ startsOn: "desc" }, { type: "asc" }],
    select: {
      type: true,
      number: true,
      startsOn: true,
      format: true,
      sourceUrls: true,
      venue: textFor(lang),
      coChairs: textFor(lang),
      theme: textFor(lang),
      outcomes: textFor(lang),
    },
  });
  const data = rows.map((row) => ({
    type: row.type,
    number: row.number,
    startsOn: dateToDay(row.startsOn),
    format: row.format,
    venue: apiText(row.venue, lang),
    coChairs: apiText(row.coChairs, lang),
    theme: row.theme && apiText(row.theme, lang),
    outcomes: row.outcomes && apiText(row.outcomes, lang),
    sources: row.sourceUrls,
  }));
  return list("/meetings", lang, data, [
    ["type", (m) => m.type],
    ["number", (m) => m.number],
    ["startsOn", (m) => m.startsOn],
    ["format", (m) => m.format],
    ["venue", (m) => textCell(m.venue)],
    ["coChairs", (m) => textCell(m.coChairs)],
    ["theme", (m) => (m.theme ? textCell(m.theme) : null)],
    ["outcomes", (m) => (m.outcomes ? textCell(m.outcomes) : null)],
    ["sources", (m) => m.sources.join("; ")],
  ]);
}

import "server-only";
import { getDb } from "@/lib/db/client";
import type { Answer, Cell } from "@/lib/http/api-route";
import { apiUrl } from "./projects";
import { apiText, textCell, textFor, type ApiLang } from "./text";

// The cooperation's short reference lists (countries, pillars, priority areas): one page each,
// in their own order, as JSON and as a table.

function list<T extends Record<string, unknown>>(
  path: string,
  lang: ApiLang,
  data: T[],
  columns: [string, (item: T) => Cell][],
): Answer {
  const self = apiUrl(path, lang === "en" ? {} : { lang });
  return {
    body: { data, links: { self, next: null }, meta: { count: data.length } },
    table: {
      fields: columns.map(([name]) => name),
      rows: data.map((item) => columns.map(([, cell]) => cell(item))),
    },
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

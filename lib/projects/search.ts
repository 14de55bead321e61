import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import {
  indexForSearch,
  matchesAll,
  searchTerms,
  type SearchIndex,
  type SearchTerm,
} from "@/lib/search/encode";

/**
 * A project search: the query's terms, and the projects its words name through the plan's
 * vocabulary (docs/decisions/0022-search-in-every-script.md).
 */
export type ProjectSearch = {
  terms: SearchTerm[];
  /** Where the terms are found (all of them). */
  direct: Prisma.ProjectWhereInput;
  /** Where they are found in a title: ranked first. */
  inTitle: Prisma.ProjectWhereInput;
  /** Projects tagged with a priority area, pillar or country the query names: ranked last. */
  named: Prisma.ProjectWhereInput | null;
};

const termsWhere = (terms: SearchTerm[], text: "searchText" | "searchTitle"): Prisma.ProjectWhereInput => ({
  AND: terms.map((term) =>
    term.mode === "token"
      ? { [text === "searchText" ? "searchTokens" : "searchTitleTokens"]: { has: term.text } }
      : { [text]: { contains: term.text } },
  ),
});

type Name = { kind: "area" | "pillar" | "country"; key: string; index: SearchIndex };

/** Names of areas (and of their working groups), pillars and countries, in every locale. */
async function loadVocabulary(): Promise<Name[]> {
  const values = { translations: { select: { value: true } } } as const;
  const db = getDb();
  const [areas, groups, pillars, countries] = await Promise.all([
    db.priorityArea.findMany({ select: { id: true, name: { select: values } } }),
    db.workingGroup.findMany({
      where: { priorityAreaId: { not: null } },
      select: { priorityAreaId: true, name: { select: values } },
    }),
    db.pillar.findMany({ select: { id: true, name: { select: values } } }),
    db.country.findMany({ select: { code: true, name: { select: values } } }),
  ]);
  const names = (text: { translations: { value: string }[] }) =>
    text.translations.map((translation) => indexForSearch(translation.value));
  return [
    ...areas.flatMap((area) =>
      names(area.name).map((index) => ({ kind: "area" as const, key: area.id, index })),
    ),
    ...groups.flatMap((group) =>
      names(group.name).map((index) => ({ kind: "area" as const, key: group.priorityAreaId!, index })),
    ),
    ...pillars.flatMap((pillar) =>
      names(pillar.name).map((index) => ({ kind: "pillar" as const, key: pillar.id, index })),
    ),
    ...countries.flatMap((country) =>
      names(country.name).map((index) => ({ kind: "country" as const, key: country.code, index })),
    ),
  ];
}

// The vocabulary changes only when its names are translated: kept for a minute per process.
let vocabulary: { names: Promise<Name[]>; until: number } | null = null;
function currentVocabulary(): Promise<Name[]> {
  if (!vocabulary || vocabulary.until < Date.now()) {
    const names = loadVocabulary();
    vocabulary = { names, until: Date.now() + 60_000 };
    names.catch(() => (vocabulary = null));
  }
  return vocabulary.names;
}

/**
 * A query names a thing when its terms are all in that thing's name in some language. A term found
 * in the names of more than two things of a kind ("cooperation") names none of them.
 */
const MAX_NAMED = 2;

export async function projectSearch(query: string | undefined): Promise<ProjectSearch | null> {
  const terms = searchTerms(query ?? "");
  if (!terms.length) return null;
  const found = (await currentVocabulary()).filter((name) => matchesAll(name.index, terms));
  const keys = (kind: Name["kind"]) => {
    const unique = [...new Set(found.filter((name) => name.kind === kind).map((name) => name.key))];
    return unique.length <= MAX_NAMED ? unique : [];
  };
  const [areas, pillars, countries] = [keys("area"), keys("pillar"), keys("country")];
  const named: Prisma.ProjectWhereInput[] = [
    ...(areas.length ? [{ areas: { some: { priorityAreaId: { in: areas } } } }] : []),
    ...(pillars.length ? [{ pillarId: { in: pillars } }] : []),
    ...(countries.length ? [{ countries: { some: { countryCode: { in: countries } } } }] : []),
  ];
  return {
    terms,
    direct: termsWhere(terms, "searchText"),
    inTitle: termsWhere(terms, "searchTitle"),
    named: named.length ? { OR: named } : null,
  };
}

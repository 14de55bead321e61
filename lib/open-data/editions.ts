import "server-only";
import type { Answer } from "@/lib/http/api-route";
import type { StoredText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/settings";
import {
  editionChanges,
  editionFigures,
  getEdition,
  listEditions,
  type EditionChange,
  type EditionSummary,
} from "@/lib/reports/edition-queries";
import { PUBLIC } from "@/lib/reads/define";
import { routes } from "@/lib/routes";
import { dateToDay } from "@/lib/validation/primitives";
import { apiUrl, pageUrl } from "./links";
import { list } from "./reference";
import { apiText, type ApiLang } from "./text";

// Published report editions, read as the public reads them (PUBLIC: published editions only, and
// in them only the projects that were published when the edition was issued).

function toApiEdition(edition: EditionSummary, lang: ApiLang) {
  const page: Locale = lang === "all" ? "en" : lang;
  return {
    number: edition.number,
    year: edition.year,
    asOf: dateToDay(edition.asOf),
    issuedAt: edition.issuedAt.toISOString(),
    // Only published editions are read here (listEditions and getEdition with PUBLIC).
    publishedAt: edition.publishedAt!.toISOString(),
    links: {
      self: apiUrl(`/editions/${edition.number}`, lang === "en" ? {} : { lang }),
      page: pageUrl(routes.edition(page, edition.number)),
    },
  };
}

/** Published editions, the newest first. */
export async function editionList({ lang }: { lang: ApiLang }): Promise<Answer> {
  // The public's editions, as the reports page lists them: published ones, newest first.
  const data = (await listEditions(PUBLIC)).map((edition) => toApiEdition(edition, lang));
  return list("/editions", lang, data, [
    ["number", (e) => e.number],
    ["year", (e) => e.year],
    ["asOf", (e) => e.asOf],
    ["issuedAt", (e) => e.issuedAt],
    ["publishedAt", (e) => e.publishedAt],
    ["links.self", (e) => e.links.self],
    ["links.page", (e) => e.links.page],
  ]);
}

/** A published edition with the figures the public sees and what changed since the previous one. */
export async function editionDetail(
  { lang }: { lang: ApiLang },
  { number }: { number: number },
): Promise<Answer | null> {
  const edition = await getEdition(PUBLIC, number);
  if (!edition) return null;
  const [figures, changes] = await Promise.all([
    editionFigures(PUBLIC, edition),
    editionChanges(PUBLIC, edition),
  ]);
  // Staff see how many projects still await a country's sign-off; the public does not.
  const { unconfirmed: _unconfirmed, ...totals } = figures.totals;
  const change = (item: EditionChange<StoredText>) => ({
    code: item.code,
    title: apiText(item.title, lang),
    leadCountry: item.leadCountryCode,
    before: item.before,
    after: item.after,
  });
  return {
    body: {
      data: {
        ...toApiEdition({ ...edition, year: edition.period.year }, lang),
        figures: { ...figures, totals },
        changes: {
          previous: changes.previous,
          newProjects: changes.newProjects.map(change),
          statusChanges: changes.statusChanges.map(change),
          newlyCompleted: changes.newlyCompleted.map(change),
          newlyOverdue: changes.newlyOverdue.map(change),
        },
      },
    },
  };
}

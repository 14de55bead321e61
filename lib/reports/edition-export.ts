import "server-only";
import { getCountries, getPriorityAreas } from "@/lib/cooperation/queries";
import { getDb } from "@/lib/db/client";
import type { ListTable } from "@/lib/exports/route";
import type { FileRow } from "@/lib/exports/table-file";
import { languageName } from "@/lib/i18n/format";
import { localize, storedTextSchema } from "@/lib/i18n/localized-text";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { audienceOf } from "@/lib/projects/visibility";
import { defineRead, type Viewer } from "@/lib/reads/define";
import { editionNarratives, getEdition, type Edition } from "./edition-queries";
import { mayReadEdition } from "./visibility";

/** An edition's frozen projects `viewer` may see (published ones for the public), in code order. */
export const editionProjectsForExport = defineRead(
  "editions.projectsForExport",
  "public",
  async (viewer: Viewer, edition: Edition) =>
    mayReadEdition(viewer, edition)
      ? getDb().editionProject.findMany({
          where: { editionId: edition.id, ...(audienceOf(viewer) === "staff" ? {} : { published: true }) },
          orderBy: { code: "asc" },
        })
      : [],
);

/** The address of an edition's files: /[lng]/reports/[number]/… */
type EditionParams = { lng: string; number: string };
const editionNumber = (params: EditionParams) => Number(params.number);

/** An edition's projects as issued, as a file: the figures' rows, one per project. */
export async function editionProjectsTable(
  viewer: Viewer,
  _query: Record<string, string>,
  lng: Locale,
  params: EditionParams,
): Promise<ListTable | null> {
  const edition = await getEdition(viewer, editionNumber(params));
  if (!edition) return null;
  const [ti, tr, tp, ts, projects] = await Promise.all([
    getT(lng, "imports"),
    getT(lng, "reports"),
    getT(lng, "projects"),
    getT(lng, "staff"),
    editionProjectsForExport(viewer, edition),
  ]);
  const yesNo = (value: boolean) => (value ? ts("users.yes") : ts("users.no"));
  async function* rows(): AsyncGenerator<FileRow[]> {
    yield projects.map((project) => ({
      code: project.code,
      title: localize(storedTextSchema.parse(project.title), lng).value,
      pillar: project.pillarSlug,
      areas: project.areaSlugs.join(", "),
      leadCountry: project.leadCountryCode,
      countries: project.countries.join(", "),
      approvalYear: project.approvalYear,
      plannedEnd: project.plannedEnd,
      status: tp(`status.${project.status}`),
      progress: project.progress,
      committed: Number(project.usdCommitted),
      disbursed: Number(project.usdDisbursed),
      overdue: yesNo(project.overdue),
      unconfirmed: yesNo(!project.confirmed),
    }));
  }
  const column = (key: string) => ti(`column.${key}` as never) as string;
  return {
    nameParts: ["report", edition.period.year, "edition", edition.number, "projects"],
    sheetName: "projects",
    columns: [
      { key: "code", header: column("code"), width: 18 },
      { key: "title", header: ti("column.title", { language: languageName(lng, lng) }), width: 50 },
      { key: "pillar", header: column("pillar"), width: 28 },
      { key: "areas", header: column("areas"), width: 28 },
      { key: "leadCountry", header: column("leadCountry"), width: 10 },
      { key: "countries", header: column("countries"), width: 16 },
      { key: "approvalYear", header: column("approvalYear"), width: 10, kind: "integer" },
      { key: "plannedEnd", header: column("plannedEnd"), width: 12, kind: "date" },
      { key: "status", header: column("status"), width: 14 },
      { key: "progress", header: column("progress"), width: 10, kind: "integer" },
      { key: "committed", header: tr("edition.committed"), width: 16, kind: "decimal" },
      { key: "disbursed", header: tr("edition.disbursed"), width: 16, kind: "decimal" },
      { key: "overdue", header: tr("edition.overdue"), width: 10 },
      { key: "unconfirmed", header: tr("edition.unconfirmed"), width: 14 },
    ],
    rows: rows(),
  };
}

/** The countries' narratives as issued with an edition, as a file: country, area, language, text. */
export async function editionNarrativesTable(
  viewer: Viewer,
  _query: Record<string, string>,
  lng: Locale,
  params: EditionParams,
): Promise<ListTable | null> {
  const edition = await getEdition(viewer, editionNumber(params));
  if (!edition) return null;
  const [tr, tc, narratives, countries, areas] = await Promise.all([
    getT(lng, "reports"),
    getT(lng, "common"),
    editionNarratives(viewer, edition, lng),
    getCountries(lng),
    getPriorityAreas(lng),
  ]);
  async function* rows(): AsyncGenerator<FileRow[]> {
    yield narratives.map((narrative) => ({
      country:
        countries.find((country) => country.code === narrative.countryCode)?.name.value ??
        narrative.countryCode,
      area: areas.find((area) => area.slug === narrative.areaSlug)?.name.value ?? narrative.areaSlug,
      language: languageName(narrative.text.locale, lng),
      text: narrative.text.value,
    }));
  }
  return {
    nameParts: ["report", edition.period.year, "edition", edition.number, "narratives"],
    sheetName: "narratives",
    columns: [
      { key: "country", header: tr("edition.country"), width: 16 },
      { key: "area", header: tr("edition.area"), width: 28 },
      { key: "language", header: tc("language.label"), width: 14 },
      { key: "text", header: tr("edition.narrativesTitle"), width: 100 },
    ],
    rows: rows(),
  };
}

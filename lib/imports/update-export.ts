import "server-only";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { fileName, tableFileResponse, type FileFormat, type FileRow } from "@/lib/exports/table-file";
import { refusal } from "@/lib/http/plain-response";
import { defaultLocale, isLocale, locales, type Locale } from "@/lib/i18n/settings";
import { visibleProjects } from "@/lib/projects/visibility";
import { defineRead, PUBLIC, type Viewer } from "@/lib/reads/define";
import { updateFileColumns } from "./sheet-style";

const texts = { select: { translations: { select: { locale: true, value: true } } } };

/** A project's status updates, oldest first, if `viewer` may see the project (published ones for the public). */
export const projectUpdatesForExport = defineRead(
  "updates.exportForProject",
  "public",
  async (viewer: Viewer, code: string) =>
    getDb().project.findFirst({
      where: { code, ...visibleProjects(viewer) },
      select: {
        code: true,
        updates: {
          orderBy: [{ reportedOn: "asc" }, { createdAt: "asc" }],
          select: {
            id: true,
            importKey: true,
            version: true,
            reportedOn: true,
            periodYear: true,
            status: true,
            progress: true,
            evidenceLinks: true,
            narrative: texts,
            milestones: texts,
            issues: texts,
          },
        },
      },
    }),
);

type Exported = NonNullable<Awaited<ReturnType<typeof projectUpdatesForExport>>>;

/**
 * An update as a row of the status-updates sheet: its key is the one its sheet gave it, or its id,
 * so that the file edited and imported again corrects these updates (ADR 28).
 */
function updateRow(code: string, update: Exported["updates"][number]): FileRow {
  const row: FileRow = {
    project: code,
    reportedOn: new Date(update.reportedOn.toISOString().slice(0, 10)),
    key: update.importKey || update.id,
    version: update.version,
    periodYear: update.periodYear,
    status: update.status,
    progress: update.progress,
    evidenceLinks: update.evidenceLinks.join(" "),
  };
  for (const field of ["narrative", "milestones", "issues"] as const)
    for (const locale of locales)
      row[`${field}.${locale}`] =
        update[field]?.translations.find((entry) => entry.locale === locale)?.value ?? null;
  return row;
}

/** A project's status updates as a file: `public` reads no session, `staff` what the staff member sees. */
export function projectUpdatesRoute(format: FileFormat, audience: "public" | "staff") {
  return async function GET(
    _request: Request,
    { params }: { params: Promise<{ lng: string; code: string }> },
  ) {
    const { lng: raw, code } = await params;
    const lng: Locale = isLocale(raw) ? raw : defaultLocale;
    const viewer = audience === "staff" ? await getActor() : PUBLIC;
    if (audience === "staff" && !can(viewer, "staff.read")) return refusal(403, lng);
    const project = await projectUpdatesForExport(viewer, code.slice(0, 40));
    if (!project) return refusal(404, lng);
    async function* rows() {
      yield project!.updates.map((update) => updateRow(project!.code, update));
    }
    const table = {
      name: fileName([project.code, "updates"], format),
      sheetName: "updates",
      columns: await updateFileColumns(lng),
      lng,
    };
    return tableFileResponse(format, table, rows(), audience);
  };
}

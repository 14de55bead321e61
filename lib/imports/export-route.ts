import "server-only";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { fileName, tableFileResponse, type FileFormat } from "@/lib/exports/table-file";
import { refusal } from "@/lib/http/plain-response";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/settings";
import { projectFilterSchema } from "@/lib/projects/filters";
import { PUBLIC } from "@/lib/reads/define";
import { projectRows } from "./project-export";
import { projectFileColumns } from "./sheet-style";

/**
 * A project list as a file, with the list's filters from the address. `public`: the published
 * projects any reader sees (no session is read); `staff`: what the signed-in staff member sees.
 * Named after what it holds and the day: projects-TH-ongoing-2026-12-01.xlsx.
 */
export function projectExportRoute(format: FileFormat, audience: "public" | "staff") {
  return async function GET(request: Request, { params }: { params: Promise<{ lng: string }> }) {
    const { lng: raw } = await params;
    const lng: Locale = isLocale(raw) ? raw : defaultLocale;
    const actor = audience === "staff" ? await getActor() : PUBLIC;
    if (audience === "staff" && !can(actor, "staff.read")) return refusal(403, lng);
    const filter = projectFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const parts = [filter.country, filter.pillar, filter.area, filter.status, filter.year, filter.paragraph];
    const table = {
      name: fileName(["projects", ...parts], format),
      sheetName: "projects",
      columns: await projectFileColumns(lng),
      lng,
    };
    return tableFileResponse(format, table, projectRows(actor, filter), audience);
  };
}

import "server-only";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { refusal } from "@/lib/http/plain-response";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/settings";
import { projectFilterSchema } from "@/lib/projects/filters";
import { PUBLIC } from "@/lib/reads/define";
import { projectCsv, projectWorkbook } from "./project-export";

const TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
} as const;

/**
 * A project list as a file, with the list's filters from the address. `public`: the published
 * projects any reader sees (no session is read); `staff`: what the signed-in staff member sees.
 * Named after what it holds and the day: projects-TH-ongoing-2026-12-01.xlsx.
 */
export function projectExportRoute(format: keyof typeof TYPES, audience: "public" | "staff") {
  return async function GET(request: Request, { params }: { params: Promise<{ lng: string }> }) {
    const { lng: raw } = await params;
    const lng: Locale = isLocale(raw) ? raw : defaultLocale;
    const actor = audience === "staff" ? await getActor() : PUBLIC;
    if (audience === "staff" && !can(actor, "staff.read")) return refusal(403, lng);
    const filter = projectFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const parts = [filter.country, filter.pillar, filter.area, filter.status, filter.year, filter.paragraph]
      .filter((part) => part !== undefined)
      .map(String);
    const name = ["projects", ...parts, new Date().toISOString().slice(0, 10)].join("-");
    const body = format === "xlsx" ? projectWorkbook(actor, filter, lng) : projectCsv(actor, filter, lng);
    return new Response(body, {
      headers: {
        "content-type": TYPES[format],
        "content-disposition": `attachment; filename="${name}.${format}"`,
        "cache-control": audience === "staff" ? "private, no-store" : "public, max-age=300",
      },
    });
  };
}

import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { projectTemplate } from "@/lib/imports/template";
import { refusal } from "@/lib/http/plain-response";
import { defaultLocale, isLocale } from "@/lib/i18n/settings";

/** The projects workbook to fill in, in the page's language, with its reference sheets. */
export async function GET(_request: Request, { params }: RouteContext<"/[lng]/staff/import/template.xlsx">) {
  const { lng: raw } = await params;
  const lng = isLocale(raw) ? raw : defaultLocale;
  const actor = await getActor();
  if (!actor || !can(actor, "projects.import")) return refusal(403, lng);
  return new Response(new Uint8Array(await projectTemplate(lng, actor)), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="projects-template-${lng}.xlsx"`,
      "cache-control": "private, no-store",
    },
  });
}

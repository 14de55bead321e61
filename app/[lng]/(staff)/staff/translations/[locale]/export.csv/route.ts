import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { refusal } from "@/lib/http/plain-response";
import { defaultLocale, isLocale } from "@/lib/i18n/settings";
import { queueCsv } from "@/lib/translations/exchange";
import { parseWorkspaceParams } from "@/lib/translations/workspace-params";
import { resolveWorkspaceScope } from "@/lib/translations/workspace-scope";

/** A translator's queue (the workspace's filters) as a CSV sheet to fill in and import again. */
export async function GET(
  request: Request,
  { params }: RouteContext<"/[lng]/staff/translations/[locale]/export.csv">,
) {
  const { lng: raw, locale } = await params;
  const lng = isLocale(raw) ? raw : defaultLocale;
  if (!isLocale(locale)) return refusal(404, lng);
  const actor = await getActor();
  if (!can(actor, "translations.edit", { locale })) return refusal(403, lng);
  const filter = parseWorkspaceParams(Object.fromEntries(new URL(request.url).searchParams));
  const { scope } = await resolveWorkspaceScope(actor, filter, lng);
  if (!scope) return refusal(404, lng);
  const name = `translations-${locale}-${filter.scope}-${filter.state}.csv`;
  return new Response(await queueCsv(actor, locale, scope, filter.state), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "private, no-store",
    },
  });
}

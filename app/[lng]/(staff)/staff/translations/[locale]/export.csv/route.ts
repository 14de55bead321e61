import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { refusal } from "@/lib/briefing/respond";
import { defaultLocale, isLocale } from "@/lib/i18n/settings";
import { getFeaturedPlan } from "@/lib/plan/queries";
import { queueCsv } from "@/lib/translations/exchange";
import type { FieldScope } from "@/lib/translations/fields";
import { listPlanOptions } from "@/lib/translations/queries";
import { parseWorkspaceParams } from "@/lib/translations/workspace-params";

/** A translator's queue (the workspace's filters) as a CSV sheet to fill in and import again. */
export async function GET(request: Request, { params }: RouteContext<"/[lng]/staff/translations/[locale]/export.csv">) {
  const { lng: raw, locale } = await params;
  const lng = isLocale(raw) ? raw : defaultLocale;
  if (!isLocale(locale)) return refusal(404, lng);
  if (!can(await getActor(), "translations.edit", { locale })) return refusal(403, lng);
  const filter = parseWorkspaceParams(Object.fromEntries(new URL(request.url).searchParams));
  const [plans, featured] = await Promise.all([listPlanOptions(lng), getFeaturedPlan(lng)]);
  const plan = plans.find((option) => option.slug === filter.plan) ?? plans.find((option) => option.slug === featured?.slug);
  if (!plan && filter.scope !== "projects" && filter.scope !== "glossary") return refusal(404, lng);
  const scope: FieldScope = filter.scope === "projects" || filter.scope === "glossary" ? { kind: filter.scope } : { kind: "plan", planId: plan!.id, section: filter.scope === "plan" ? null : filter.scope };
  const name = `translations-${locale}-${filter.scope}-${filter.state}.csv`;
  return new Response(await queueCsv(locale, scope, filter.state), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "private, no-store",
    },
  });
}

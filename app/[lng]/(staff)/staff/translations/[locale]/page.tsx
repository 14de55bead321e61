import type { Metadata } from "next";
import { ExchangePanel } from "@/components/translations/exchange-panel";
import { WorkspaceFilters } from "@/components/translations/workspace-filters";
import { WorkspaceTable } from "@/components/translations/workspace-table";
import { formatNumber, languageName } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { getPlanOutline } from "@/lib/plan/queries";
import { getWorkspace, WORKSPACE_PAGE_SIZE } from "@/lib/translations/queries";
import { requireTranslator } from "@/lib/translations/route";
import { TRANSLATION_STATES } from "@/lib/translations/schemas";
import { parseWorkspaceParams, workspaceHref } from "@/lib/translations/workspace-params";
import { resolveWorkspaceScope } from "@/lib/translations/workspace-scope";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/translations/[locale]">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "translations");
  return { title: t("workspace.title") };
}

export default async function TranslationWorkspacePage({
  params,
  searchParams,
}: PageProps<"/[lng]/staff/translations/[locale]">) {
  const lng = await localeOf(params);
  const { locale: rawLocale } = await params;
  const base = `/${lng}/staff/translations/${rawLocale}`;
  const { locale } = await requireTranslator(lng, base, rawLocale);
  const filter = parseWorkspaceParams(await searchParams);
  const [t, { plans, plan, scope }] = await Promise.all([
    getT(lng, "translations"),
    resolveWorkspaceScope(filter, lng),
  ]);
  const outline = plan ? await getPlanOutline(plan.id, lng) : [];
  const workspace = scope
    ? await getWorkspace(locale, scope, filter.state, filter.page)
    : { counts: { missing: 0, draft: 0, stale: 0, reviewed: 0 }, rows: [], total: 0 };
  const here = workspaceHref(base, { ...filter, plan: plan?.slug }, { page: filter.page });
  const pages = Math.max(1, Math.ceil(workspace.total / WORKSPACE_PAGE_SIZE));
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p>
          <a href={`/${lng}/staff/translations`} className="text-river-700 underline">
            {t("overview.title")}
          </a>
        </p>
        <h1 className="text-3xl font-bold text-river-900">
          {t("workspace.heading", { language: languageName(locale, lng) })}
        </h1>
        <p className="max-w-3xl text-slate-700">{t("workspace.lead")}</p>
      </header>
      <WorkspaceFilters
        lng={lng}
        action={base}
        filter={{ ...filter, plan: plan?.slug }}
        plans={plans}
        outline={outline.map((section) => ({
          number: section.number,
          title: section.title.value,
          level: section.level,
        }))}
      />
      <nav aria-label={t("workspace.states")}>
        <ul className="flex flex-wrap gap-2 text-sm">
          {TRANSLATION_STATES.map((state) => {
            const count =
              state === "all"
                ? Object.values(workspace.counts).reduce((sum, value) => sum + value, 0)
                : workspace.counts[state];
            return (
              <li key={state}>
                <a
                  href={workspaceHref(base, { ...filter, plan: plan?.slug }, { state })}
                  aria-current={state === filter.state ? "page" : undefined}
                  className={`inline-block rounded border px-3 py-1 ${state === filter.state ? "border-river-700 bg-river-700 text-white" : "border-slate-400 text-river-700"}`}
                >
                  {t(`state.${state}`)} ({formatNumber(count, lng)})
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <WorkspaceTable rows={workspace.rows} locale={locale} lng={lng} back={here} />
      <ExchangePanel
        locale={locale}
        exportHref={workspaceHref(`${base}/export.csv`, { ...filter, plan: plan?.slug })}
      />
      {pages > 1 && (
        <nav aria-label={t("workspace.pages")} className="flex items-center gap-4 text-sm">
          {filter.page > 1 && (
            <a
              href={workspaceHref(base, { ...filter, plan: plan?.slug }, { page: filter.page - 1 })}
              className="text-river-700 underline"
            >
              {t("workspace.previous")}
            </a>
          )}
          <span>{t("workspace.pageOf", { page: filter.page, pages })}</span>
          {filter.page < pages && (
            <a
              href={workspaceHref(base, { ...filter, plan: plan?.slug }, { page: filter.page + 1 })}
              className="text-river-700 underline"
            >
              {t("workspace.next")}
            </a>
          )}
        </nav>
      )}
    </div>
  );
}

import type { Metadata } from "next";
import { ExchangePanel } from "@/components/translations/exchange-panel";
import { WorkspaceFilters } from "@/components/translations/workspace-filters";
import { WorkspaceTable } from "@/components/translations/workspace-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pager, pageLinks } from "@/components/ui/pager";
import { formatNumber, languageName } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { getPlanOutline } from "@/lib/plan/queries";
import { getWorkspace, WORKSPACE_PAGE_SIZE } from "@/lib/translations/queries";
import { requireTranslator } from "@/lib/translations/route";
import { TRANSLATION_STATES } from "@/lib/translations/schemas";
import {
  namesQueue,
  openingQueue,
  parseWorkspaceParams,
  workspaceQuery,
  type WorkspaceParams,
} from "@/lib/translations/workspace-params";
import { resolveWorkspaceScope } from "@/lib/translations/workspace-scope";
import { routes } from "@/lib/routes";

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
  const { actor, locale } = await requireTranslator(lng, routes.staff.workspace(lng, rawLocale), rawLocale);
  const raw = await searchParams;
  const asked = parseWorkspaceParams(raw);
  const [t, { plans, plan, scope }] = await Promise.all([
    getT(lng, "translations"),
    resolveWorkspaceScope(actor, asked, lng),
  ]);
  const outline = plan ? await getPlanOutline(plan.id, lng) : [];
  const empty = { counts: { missing: 0, draft: 0, stale: 0, reviewed: 0 }, rows: [], total: 0 };
  const first = scope ? await getWorkspace(actor, locale, scope, asked.state, asked.page) : empty;
  // Without a queue in the address, open the first one with work in it.
  const state = namesQueue(raw) ? asked.state : openingQueue(first.counts);
  const filter = { ...asked, state };
  const workspace =
    scope && state !== asked.state ? await getWorkspace(actor, locale, scope, state, filter.page) : first;
  const shown = { ...filter, plan: plan?.slug };
  const href = (change: Partial<WorkspaceParams> = {}) =>
    routes.staff.workspace(lng, locale, workspaceQuery(shown, change));
  const pages = Math.max(1, Math.ceil(workspace.total / WORKSPACE_PAGE_SIZE));
  return (
    <div className="space-y-6">
      <p>
        <a href={routes.staff.translations(lng)} className="text-river-700 underline">
          {t("overview.title")}
        </a>
      </p>
      <PageHeader
        title={t("workspace.heading", { language: languageName(locale, lng) })}
        lead={t("workspace.lead")}
      />
      <WorkspaceFilters
        lng={lng}
        action={routes.staff.workspace(lng, locale)}
        filter={shown}
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
                  href={href({ state })}
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
      <WorkspaceTable rows={workspace.rows} locale={locale} lng={lng} back={href({ page: filter.page })} />
      <ExchangePanel
        locale={locale}
        exportHref={routes.staff.workspaceCsv(lng, locale, workspaceQuery(shown))}
      />
      <Pager lng={lng} {...pageLinks(filter.page, pages, (page) => href({ page }))} />
    </div>
  );
}

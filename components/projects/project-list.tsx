import { DemoBadge, ProgressBar, StatusBadge } from "./status-badge";
import { Localized } from "@/components/i18n/localized";
import { LanguageMark, TranslationNotice } from "@/components/i18n/translation-note";
import { Pager, pageLinks } from "@/components/ui/pager";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { PROJECTS_PER_PAGE, type ProjectFilter } from "@/lib/projects/filters";
import type { ProjectListItem } from "@/lib/projects/queries";
import type { Query } from "@/lib/routes";
import type { SearchTerm } from "@/lib/search/encode";

export async function ProjectList({
  items,
  total,
  terms = [],
  filter,
  lng,
  listHref,
  projectHref,
}: {
  items: ProjectListItem[];
  total: number;
  /** The search's terms, marked in the titles. */
  terms?: SearchTerm[];
  filter: ProjectFilter;
  lng: Locale;
  /** The list's address with a query (public or staff list). */
  listHref: (query: Query) => string;
  projectHref: (code: string) => string;
}) {
  const t = await getT(lng, "projects");
  const pages = Math.max(1, Math.ceil(total / PROJECTS_PER_PAGE));
  return (
    <div className="space-y-4">
      <TranslationNotice lng={lng} texts={items.map((item) => item.title)} />
      <p className="text-sm text-slate-700" aria-live="polite" data-testid="project-count">
        {t("list.count", { count: total })}
      </p>
      {items.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 border-y border-slate-200" data-testid="project-list">
          {items.map((item) => (
            <li key={item.code} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="min-w-0 flex-1 basis-72">
                <a
                  href={projectHref(item.code)}
                  className="font-medium text-river-800 underline-offset-2 hover:underline"
                >
                  <Localized text={item.title} lng={lng} marks={terms} />
                </a>
                <LanguageMark text={item.title} lng={lng} />
                {item.match === "named" && (
                  <p className="text-xs text-slate-600" data-testid="named-match">
                    {t("list.namedMatch")}
                  </p>
                )}
                <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                  <span className="font-mono">{item.code}</span>
                  {item.isDemo && <DemoBadge lng={lng} />}
                  {!item.published && (
                    <span className="text-xs font-semibold text-rose-800">{t("unpublished")}</span>
                  )}
                </p>
              </div>
              <StatusBadge status={item.status} lng={lng} />
              <ProgressBar value={item.progress} label={t("project.progress")} />
            </li>
          ))}
        </ul>
      )}
      <Pager
        lng={lng}
        {...pageLinks(filter.page, pages, (page) =>
          listHref({
            ...filter,
            page: page === 1 ? undefined : page,
            sort: filter.sort === "updated" ? undefined : filter.sort,
          }),
        )}
      />
    </div>
  );
}

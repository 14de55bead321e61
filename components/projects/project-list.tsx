import { DemoBadge, ProgressBar, StatusBadge } from "./status-badge";
import { Localized } from "@/components/i18n/localized";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { PROJECTS_PER_PAGE, type ProjectFilter, type ProjectListItem } from "@/lib/projects/queries";

function pageHref(action: string, filter: ProjectFilter, page: number) {
  const query = new URLSearchParams(
    Object.entries({
      ...filter,
      page: page === 1 ? undefined : page,
      sort: filter.sort === "updated" ? undefined : filter.sort,
    }).flatMap(([key, value]) => (value === undefined || value === "" ? [] : [[key, String(value)]])),
  ).toString();
  return query ? `${action}?${query}` : action;
}

export async function ProjectList({
  items,
  total,
  filter,
  lng,
  action,
  linkBase,
}: {
  items: ProjectListItem[];
  total: number;
  filter: ProjectFilter;
  lng: Locale;
  action: string;
  linkBase: string;
}) {
  const t = await getT(lng, "projects");
  const pages = Math.max(1, Math.ceil(total / PROJECTS_PER_PAGE));
  return (
    <div className="space-y-4">
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
                  href={`${linkBase}/${item.code}`}
                  className="font-medium text-river-800 underline-offset-2 hover:underline"
                >
                  <Localized text={item.title} lng={lng} />
                </a>
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
      {pages > 1 && (
        <nav aria-label={t("list.pagination")} className="flex items-center gap-4 text-sm">
          {filter.page > 1 && (
            <a
              href={pageHref(action, filter, filter.page - 1)}
              rel="prev"
              className="text-river-700 underline"
            >
              {t("list.previous")}
            </a>
          )}
          <span>{t("list.page", { page: filter.page, pages })}</span>
          {filter.page < pages && (
            <a
              href={pageHref(action, filter, filter.page + 1)}
              rel="next"
              className="text-river-700 underline"
            >
              {t("list.next")}
            </a>
          )}
        </nav>
      )}
    </div>
  );
}

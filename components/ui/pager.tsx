// Between the pages of a list: previous / next, and where the reader is when the number of pages is
// known. Lists read by a cursor (the audit trail) say "newer / older entries" instead. The addresses
// come from the list, so its filters stay in them.
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

/** The addresses of pages 1…`pages` around `page`, for numbered lists (null where there is none). */
export function pageLinks(page: number, pages: number, href: (page: number) => string) {
  return {
    previous: page > 1 ? href(page - 1) : null,
    next: page < pages ? href(page + 1) : null,
    position: { page, pages },
  };
}

export async function Pager({
  lng,
  previous,
  next,
  position,
}: {
  lng: Locale;
  previous: string | null;
  next: string | null;
  /** Page `page` of `pages`; without it the list is read by a cursor (newer / older). */
  position?: { page: number; pages: number };
}) {
  if (!previous && !next) return null;
  const t = await getT(lng, "common");
  return (
    <nav
      aria-label={t("pager.label")}
      className="flex flex-wrap items-center gap-4 text-sm"
      data-testid="pager"
    >
      {previous && (
        <a href={previous} rel="prev" className="text-river-700 underline">
          {position ? t("pager.previous") : t("pager.newer")}
        </a>
      )}
      {position && <span>{t("pager.page", position)}</span>}
      {next && (
        <a href={next} rel="next" className="text-river-700 underline">
          {position ? t("pager.next") : t("pager.older")}
        </a>
      )}
    </nav>
  );
}

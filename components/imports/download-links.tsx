import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { ProjectFilter } from "@/lib/projects/filters";
import type { Query } from "@/lib/routes";

/** The list as it is filtered, as a spreadsheet (to edit and import again) and as CSV. */
export async function DownloadLinks({
  lng,
  filter,
  href,
}: {
  lng: Locale;
  filter: ProjectFilter;
  href: (format: "xlsx" | "csv", query: Query) => string;
}) {
  const t = await getT(lng, "imports");
  const { page: _page, sort: _sort, ...query } = filter;
  return (
    <p className="flex flex-wrap gap-4 text-sm" data-testid="download-links">
      <a href={href("xlsx", query)} className="text-river-700 underline" download>
        {t("export.xlsx")}
      </a>
      <a href={href("csv", query)} className="text-river-700 underline" download>
        {t("export.csv")}
      </a>
    </p>
  );
}

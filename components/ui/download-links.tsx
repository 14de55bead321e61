import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

/** A list as it is shown (its filters in `href`), as a spreadsheet and as CSV. */
export async function DownloadLinks({
  lng,
  href,
}: {
  lng: Locale;
  href: (format: "xlsx" | "csv") => string;
}) {
  const t = await getT(lng, "imports");
  return (
    <p className="flex flex-wrap gap-4 text-sm" data-testid="download-links">
      <a href={href("xlsx")} className="text-river-700 underline" download>
        {t("export.xlsx")}
      </a>
      <a href={href("csv")} className="text-river-700 underline" download>
        {t("export.csv")}
      </a>
    </p>
  );
}

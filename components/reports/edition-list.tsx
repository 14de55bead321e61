import { getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/settings";
import type { EditionSummary } from "@/lib/reports/edition-queries";

/** Editions with their dates; `href` gives an edition's page (staff or public). */
export async function EditionList({
  editions,
  href,
  lng,
}: {
  editions: EditionSummary[];
  href: (number: number) => string;
  lng: Locale;
}) {
  const t = await getT(lng, "reports");
  return (
    <ul className="space-y-2" data-testid="editions">
      {editions.map((edition) => (
        <li key={edition.number} className="rounded border border-slate-200 p-3">
          <a href={href(edition.number)} className="font-semibold text-river-700 hover:underline">
            {t("edition.name", { year: edition.year, number: edition.number })}
          </a>
          <p className="text-sm text-slate-700">
            {t("edition.asOf", { date: formatDate(edition.asOf, lng) })} ·{" "}
            {t("edition.issuedOn", { date: formatDate(edition.issuedAt, lng) })} ·{" "}
            {edition.publishedAt
              ? t("edition.published", { date: formatDate(edition.publishedAt, lng) })
              : t("edition.unpublished")}
          </p>
        </li>
      ))}
    </ul>
  );
}

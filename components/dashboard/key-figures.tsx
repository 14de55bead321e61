import type { Totals } from "@/lib/dashboard/figures";
import { formatNumber, formatPercent, formatUsd } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

/** The headline numbers, as a definition list of cards. */
export async function KeyFigures({
  totals,
  lng,
  showUnconfirmed = false,
}: {
  totals: Totals;
  lng: Locale;
  showUnconfirmed?: boolean;
}) {
  const t = await getT(lng, "dashboard");
  const cards = [
    { key: "projects", label: t("figures.projects"), value: formatNumber(totals.projects, lng) },
    { key: "completed", label: t("figures.completed"), value: formatNumber(totals.completed, lng) },
    {
      key: "completionRate",
      label: t("figures.completionRate"),
      value: totals.completionRate === null ? "—" : formatPercent(totals.completionRate, lng),
    },
    { key: "committed", label: t("figures.committed"), value: formatUsd(totals.committed, lng) },
    { key: "disbursed", label: t("figures.disbursed"), value: formatUsd(totals.disbursed, lng) },
    { key: "overdue", label: t("figures.overdue"), value: formatNumber(totals.overdue, lng) },
    ...(showUnconfirmed
      ? [
          {
            key: "unconfirmed",
            label: t("figures.unconfirmed"),
            value: formatNumber(totals.unconfirmed, lng),
          },
        ]
      : []),
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" data-testid="key-figures">
      {cards.map((card) => (
        <div
          key={card.key}
          className="break-inside-avoid rounded border border-slate-200 bg-slate-50 p-3"
          data-figure={card.key}
        >
          <dt className="text-sm text-slate-700">{card.label}</dt>
          <dd className="text-2xl font-bold tabular-nums text-river-900">{card.value}</dd>
        </div>
      ))}
    </dl>
  );
}

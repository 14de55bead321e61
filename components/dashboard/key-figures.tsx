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
    { key: "projects" as const, label: t("figures.projects"), value: formatNumber(totals.projects, lng) },
    { key: "completed" as const, label: t("figures.completed"), value: formatNumber(totals.completed, lng) },
    {
      key: "completionRate" as const,
      label: t("figures.completionRate"),
      value: totals.completionRate === null ? "—" : formatPercent(totals.completionRate, lng),
    },
    { key: "committed" as const, label: t("figures.committed"), value: formatUsd(totals.committed, lng) },
    { key: "disbursed" as const, label: t("figures.disbursed"), value: formatUsd(totals.disbursed, lng) },
    { key: "overdue" as const, label: t("figures.overdue"), value: formatNumber(totals.overdue, lng) },
    ...(showUnconfirmed
      ? [
          {
            key: "unconfirmed" as const,
            label: t("figures.unconfirmed"),
            value: formatNumber(totals.unconfirmed, lng),
          },
        ]
      : []),
  ];
  return (
    <div className="space-y-2">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" data-testid="key-figures">
        {cards.map((card) => (
          <div
            key={card.key}
            className="group relative break-inside-avoid rounded border border-slate-200 bg-slate-50 p-3"
            data-figure={card.key}
          >
            <dt className="text-sm text-slate-700">
              {/* A button only to be focusable: the definition shows for the keyboard as for the mouse. */}
              <button
                type="button"
                aria-describedby={`definition-${card.key}`}
                className="cursor-help text-left underline decoration-dotted underline-offset-4 focus:outline-none focus:ring-2 focus:ring-river-600"
              >
                {card.label}
              </button>
            </dt>
            <dd className="text-2xl font-bold tabular-nums text-river-900">{card.value}</dd>
            {/* Not displayed until shown (rather than invisible): a hidden definition of a card in
                the right-hand column would otherwise widen the page on a phone. */}
            <dd
              id={`definition-${card.key}`}
              role="tooltip"
              className="absolute left-0 top-full z-10 mt-1 hidden w-64 max-w-[80vw] rounded bg-slate-900 p-2 text-sm text-white shadow group-focus-within:block group-hover:block print:hidden"
            >
              {t(`definitions.${card.key}`)}
            </dd>
          </div>
        ))}
      </dl>
      <details className="text-sm" data-testid="figure-definitions">
        <summary className="cursor-pointer text-river-700 underline">{t("definitions.title")}</summary>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          {cards.map((card) => (
            <div key={card.key} className="contents">
              <dt className="font-semibold">{card.label}</dt>
              <dd>{t(`definitions.${card.key}`)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}

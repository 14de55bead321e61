import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { ContributionView } from "@/lib/reports/queries";

export async function ReviewHistory({ events, lng }: { events: ContributionView["events"]; lng: Locale }) {
  const t = await getT(lng, "reports");
  return (
    <section aria-labelledby="history" className="space-y-3">
      <h2 id="history" className="text-xl font-semibold">
        {t("contribution.historyTitle")}
      </h2>
      {events.length === 0 ? (
        <p>{t("contribution.noHistory")}</p>
      ) : (
        <ol className="space-y-2" data-testid="review-history">
          {events.map((event, index) => (
            <li key={index} className="border-l-4 border-slate-300 pl-3">
              <p className="text-sm">
                <span className="font-semibold">{t(`contribution.event.${event.kind as "submitted"}`)}</span>{" "}
                · {formatDateTime(event.occurredAt, lng)}
                {event.actorName && <> · {t("contribution.by", { name: event.actorName })}</>}
              </p>
              {event.comment && <p className="whitespace-pre-line">{event.comment}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

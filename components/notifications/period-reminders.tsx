import { RetryMailForm } from "@/components/notifications/retry-mail-form";
import { DataTable } from "@/components/ui/table";
import type { CountryView } from "@/lib/cooperation/queries";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { PeriodReminder } from "@/lib/notifications/queries";

/** For admins on a period's page: every reminder sent, to whom and when, and failed e-mails to retry. */
export async function PeriodReminders({
  lng,
  reminders,
  countries,
  back,
}: {
  lng: Locale;
  reminders: PeriodReminder[];
  countries: CountryView[];
  back: string;
}) {
  const t = await getT(lng, "notifications");
  // "before-14" / "overdue-7": the schedule's step, as written by the reminder job.
  const stepLabel = (step: string) => {
    const [when, days] = step.split("-");
    const count = Number(days);
    return when === "overdue"
      ? t("reminders.overdue", { count, days: formatNumber(count, lng) })
      : t("reminders.before", { count, days: formatNumber(count, lng) });
  };
  return (
    <section aria-labelledby="reminders" className="space-y-3">
      <h2 id="reminders" className="text-xl font-semibold">
        {t("reminders.title")}
      </h2>
      <p className="max-w-3xl text-sm text-slate-700">{t("reminders.lead")}</p>
      {reminders.length === 0 ? (
        <p>{t("reminders.none")}</p>
      ) : (
        <DataTable
          caption={t("reminders.title")}
          captionHidden
          compact
          testId="period-reminders"
          rows={reminders}
          rowKey={(row) => `${row.countryCode}/${row.step}/${row.recipient.email}`}
          rowAttributes={(row) => ({ "data-state": row.mail?.state ?? "in_app" })}
          columns={[
            {
              key: "sentAt",
              header: t("reminders.sentAt"),
              cell: (row) => formatDateTime(row.sentAt, lng),
              className: "whitespace-nowrap",
            },
            {
              key: "country",
              header: t("reminders.country"),
              cell: (row) =>
                countries.find((country) => country.code === row.countryCode)?.name.value ?? row.countryCode,
              rowHeader: true,
            },
            { key: "step", header: t("reminders.step"), cell: (row) => stepLabel(row.step) },
            {
              key: "recipient",
              header: t("reminders.recipient"),
              cell: (row) => <span className="break-all">{row.recipient.email}</span>,
            },
            {
              key: "mail",
              header: t("reminders.mail"),
              cell: (row) =>
                row.mail ? (
                  <div className="space-y-1">
                    <span>
                      {t(`outbox.states.${row.mail.state}`)} · {t("outbox.attempts")}:{" "}
                      {formatNumber(row.mail.attempts, lng)}
                    </span>
                    {row.mail.lastError && (
                      <span lang="en" className="block break-all text-slate-700">
                        {row.mail.lastError}
                      </span>
                    )}
                    {row.mail.state === "failed" && (
                      <RetryMailForm lng={lng} id={row.mail.id} label={t("outbox.retry")} back={back} />
                    )}
                  </div>
                ) : (
                  t("reminders.inAppOnly")
                ),
            },
          ]}
        />
      )}
    </section>
  );
}

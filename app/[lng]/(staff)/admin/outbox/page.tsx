import type { Metadata } from "next";
import { OutcomeNotice } from "@/components/notifications/outcome-notice";
import { RetryMailForm } from "@/components/notifications/retry-mail-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { languageTag } from "@/lib/i18n/settings";
import { listMail } from "@/lib/notifications/queries";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[lng]/admin/outbox">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "notifications");
  return { title: t("outbox.title") };
}

export default async function OutboxPage({ params, searchParams }: PageProps<"/[lng]/admin/outbox">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, routes.admin.outbox(lng), "mail.admin");
  const [t, staff, mails, { error }] = await Promise.all([
    getT(lng, "notifications"),
    getT(lng, "staff"),
    listMail(actor),
    searchParams,
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("outbox.title")} lead={t("outbox.lead")} />
      <OutcomeNotice
        error={typeof error === "string" ? staff(`errors.${error}` as "errors.invalid") : null}
      />
      {mails.length === 0 ? (
        <p>{t("outbox.empty")}</p>
      ) : (
        <ul className="space-y-3" data-testid="outbox">
          {mails.map((mail) => (
            <li key={mail.id} className="rounded border border-slate-200 p-3">
              <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="font-semibold">{t("outbox.to")}</dt>
                <dd className="break-all">{mail.to}</dd>
                <dt className="font-semibold">{t("outbox.subject")}</dt>
                <dd lang={mail.locale === lng ? undefined : languageTag[mail.locale]}>{mail.subject}</dd>
                <dt className="font-semibold">{t("outbox.created")}</dt>
                <dd>{formatDateTime(mail.createdAt, lng)}</dd>
                <dt className="font-semibold">{t("outbox.state")}</dt>
                <dd data-state={mail.state}>
                  {t(`outbox.states.${mail.state}`)} · {t("outbox.attempts")}:{" "}
                  {formatNumber(mail.attempts, lng)}
                </dd>
                {mail.lastError && (
                  <>
                    <dt className="font-semibold">{t("outbox.error")}</dt>
                    <dd lang="en" className="break-all">
                      {mail.lastError}
                    </dd>
                  </>
                )}
              </dl>
              <details className="mt-2">
                <summary className="cursor-pointer text-river-700 underline">{t("outbox.show")}</summary>
                <pre
                  lang={mail.locale === lng ? undefined : languageTag[mail.locale]}
                  className="mt-2 overflow-x-auto text-sm whitespace-pre-wrap"
                >
                  {mail.text}
                </pre>
              </details>
              {mail.state === "failed" && (
                <div className="mt-2">
                  <RetryMailForm lng={lng} id={mail.id} label={t("outbox.retry")} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

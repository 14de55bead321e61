import type { Metadata } from "next";
import { OutcomeNotice } from "@/components/notifications/outcome-notice";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { languageName } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { languageTag, locales } from "@/lib/i18n/settings";
import { NOTIFICATION_CHANNELS } from "@/lib/notifications/kinds";
import { saveNotificationSettingsAction } from "@/lib/notifications/actions";
import { notificationSettings } from "@/lib/notifications/queries";
import { routes } from "@/lib/routes";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/notifications/settings">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "notifications");
  return { title: t("settings.title") };
}

const FIELD = "w-full rounded border border-slate-400 px-2 py-1.5 sm:w-auto";

export default async function NotificationSettingsPage({
  params,
  searchParams,
}: PageProps<"/[lng]/staff/notifications/settings">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, routes.staff.notificationSettings(lng), "notifications.own");
  const [t, staff, settings, { done, error }] = await Promise.all([
    getT(lng, "notifications"),
    getT(lng, "staff"),
    notificationSettings(actor),
    searchParams,
  ]);
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title={t("settings.title")}
        lead={t("settings.lead")}
        actions={
          <a href={routes.staff.notifications(lng)} className="text-river-700 underline">
            {t("inbox.title")}
          </a>
        }
      />
      <OutcomeNotice
        done={done ? t("settings.saved") : null}
        error={typeof error === "string" ? staff(`errors.${error}` as "errors.invalid") : null}
      />
      <form action={saveNotificationSettingsAction} className="space-y-5">
        <input type="hidden" name="lng" value={lng} />
        {settings.channels.map(({ kind, channel }) => (
          <div key={kind} className="space-y-1">
            <label htmlFor={`channel-${kind}`} className="block font-semibold">
              {t(`kinds.${kind}`)}
            </label>
            <select id={`channel-${kind}`} name={`channel.${kind}`} defaultValue={channel} className={FIELD}>
              {NOTIFICATION_CHANNELS.map((option) => (
                <option key={option} value={option}>
                  {t(`settings.channel.${option}`)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="space-y-1">
          <label htmlFor="mail-locale" className="block font-semibold">
            {t("settings.mailLocale")}
          </label>
          <select
            id="mail-locale"
            name="mailLocale"
            defaultValue={settings.mailLocale ?? ""}
            className={FIELD}
          >
            <option value="">{t("settings.mailLocaleDefault")}</option>
            {locales.map((locale) => (
              <option key={locale} value={locale} lang={languageTag[locale]}>
                {languageName(locale, locale)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="primary">
          {t("settings.save")}
        </Button>
      </form>
    </div>
  );
}

import type { Metadata } from "next";
import { OutcomeNotice } from "@/components/notifications/outcome-notice";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { markAllReadAction } from "@/lib/notifications/actions";
import { listNotifications } from "@/lib/notifications/queries";
import { routes } from "@/lib/routes";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/notifications">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "notifications");
  return { title: t("inbox.title") };
}

export default async function InboxPage({ params, searchParams }: PageProps<"/[lng]/staff/notifications">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, routes.staff.notifications(lng), "notifications.own");
  const [t, staff, items, { error }] = await Promise.all([
    getT(lng, "notifications"),
    getT(lng, "staff"),
    listNotifications(actor, lng),
    searchParams,
  ]);
  const unread = items.filter((item) => !item.read).length;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title={t("inbox.title")}
        lead={t("inbox.lead")}
        actions={
          <a href={routes.staff.notificationSettings(lng)} className="text-river-700 underline">
            {t("inbox.settings")}
          </a>
        }
      />
      <OutcomeNotice
        error={typeof error === "string" ? staff(`errors.${error}` as "errors.invalid") : null}
      />
      {items.length === 0 ? (
        <p>{t("inbox.empty")}</p>
      ) : (
        <>
          {unread > 0 && (
            <form action={markAllReadAction} className="flex flex-wrap items-center gap-3">
              <input type="hidden" name="lng" value={lng} />
              <p data-testid="unread-count">{t("inbox.unreadCount", { count: unread })}</p>
              <Button type="submit" variant="quiet">
                {t("inbox.markAllRead")}
              </Button>
            </form>
          )}
          <ul className="divide-y divide-slate-200 rounded border border-slate-200" data-testid="inbox">
            {items.map((item) => (
              <li
                key={item.id}
                className={`p-3 ${item.read ? "" : "border-l-4 border-river-600 bg-river-50"}`}
              >
                <a href={routes.staff.notification(lng, item.id)} className="text-river-800 underline">
                  {!item.read && <span className="mr-2 font-semibold">{t("inbox.unread")}:</span>}
                  {item.text}
                </a>
                <p className="mt-1 text-sm text-slate-600">
                  <time dateTime={item.createdAt.toISOString()}>{formatDateTime(item.createdAt, lng)}</time>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

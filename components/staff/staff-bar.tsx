import { SignOutButton } from "./sign-out-button";
import { can, type Actor } from "@/lib/auth/permissions";
import { formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { unreadCount } from "@/lib/notifications/queries";
import { routes } from "@/lib/routes";

export async function StaffBar({ actor, lng }: { actor: Actor; lng: Locale }) {
  const [t, notifications, unread] = await Promise.all([
    getT(lng, "staff"),
    getT(lng, "notifications"),
    // An admin who must still set up a second factor may do nothing else, reading the inbox included.
    can(actor, "notifications.own") ? unreadCount(actor) : null,
  ]);
  const links = [
    { href: routes.staff.home(lng), label: t("nav.home"), show: true },
    { href: routes.staff.projects(lng), label: t("nav.projects"), show: can(actor, "staff.read") },
    { href: routes.staff.reports(lng), label: t("nav.reports"), show: can(actor, "staff.read") },
    { href: routes.staff.dashboard(lng), label: t("nav.dashboard"), show: can(actor, "staff.read") },
    { href: routes.staff.translations(lng), label: t("nav.translations"), show: can(actor, "staff.read") },
    { href: routes.staff.imports(lng), label: t("nav.import"), show: can(actor, "projects.import") },
    { href: routes.staff.iati(lng), label: t("nav.iati"), show: can(actor, "staff.read") },
    { href: routes.staff.plans(lng), label: t("nav.plan"), show: can(actor, "plan.edit") },
    { href: routes.admin.users(lng), label: t("nav.users"), show: can(actor, "users.manage") },
    { href: routes.admin.audit(lng), label: t("nav.audit"), show: can(actor, "audit.read") },
    { href: routes.admin.outbox(lng), label: notifications("outbox.title"), show: can(actor, "mail.admin") },
    { href: routes.account(lng), label: t("nav.account"), show: true },
  ].filter((link) => link.show);
  return (
    <nav
      aria-label={t("nav.label")}
      className="no-print mb-8 flex flex-wrap items-center justify-between gap-3 rounded border border-slate-200 bg-slate-50 px-4 py-3"
    >
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} className="font-medium text-river-700 hover:underline">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {unread !== null && (
          <a
            href={routes.staff.notifications(lng)}
            className="font-medium text-river-700 hover:underline"
            data-testid="inbox-link"
          >
            {notifications("inbox.headerLink")}
            {unread > 0 && (
              <span className="ml-1 rounded-full bg-river-700 px-2 py-0.5 text-xs font-semibold text-white">
                {formatNumber(unread, lng)}
                <span className="sr-only"> ({notifications("inbox.unreadCount", { count: unread })})</span>
              </span>
            )}
          </a>
        )}
        <span data-testid="signed-in-as">
          {t("nav.signedInAs", { name: actor.name })} · {t(`roles.${actor.role}`)}
          {actor.countryCode ? ` · ${actor.countryCode}` : ""}
        </span>
        <SignOutButton lng={lng} label={t("nav.signOut")} />
      </div>
    </nav>
  );
}

import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { EndSessionButton, SignOutEverywhereButton } from "@/components/account/session-buttons";
import { TwoFactorPanel } from "@/components/account/two-factor-panel";
import { getAccountOverview } from "@/lib/account/queries";
import { requirePermission } from "@/lib/auth/guard";
import { TWO_FACTOR_REQUIRED } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { Notice } from "@/components/ui/notice";
import { PAGE_TITLE } from "@/components/ui/page-header";

export async function generateMetadata({ params }: PageProps<"/[lng]/account">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "staff");
  return { title: t("account.title") };
}

export default async function AccountPage({ params }: PageProps<"/[lng]/account">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, routes.account(lng), "account.manage");
  const [t, overview] = await Promise.all([getT(lng, "staff"), getAccountOverview(actor)]);
  const required = TWO_FACTOR_REQUIRED.includes(actor.role);
  const enabled = overview.user.totpEnabledAt !== null;
  return (
    <div className="space-y-10">
      <h1 className={PAGE_TITLE}>{t("account.title")}</h1>

      <section aria-labelledby="two-factor" className="space-y-3">
        <h2 id="two-factor" className="text-xl font-semibold">
          {t("account.twoFactor.title")}
        </h2>
        <p data-testid="two-factor-state">
          {enabled ? t("account.twoFactor.on") : t("account.twoFactor.off")}
        </p>
        {required && <p className="text-sm text-slate-700">{t("account.twoFactor.required")}</p>}
        {!overview.authenticatorReadable && (
          <Notice tone="warning" data-testid="authenticator-unreadable">
            {t("account.twoFactor.unreadable")}
          </Notice>
        )}
        <TwoFactorPanel enabled={enabled} required={required} />
      </section>

      <section aria-labelledby="password" className="space-y-3">
        <h2 id="password" className="text-xl font-semibold">
          {t("account.password.title")}
        </h2>
        <ChangePasswordForm />
      </section>

      <section aria-labelledby="sessions" className="space-y-3">
        <h2 id="sessions" className="text-xl font-semibold">
          {t("account.sessions.title")}
        </h2>
        <ul className="divide-y divide-slate-200 rounded border border-slate-200">
          {overview.sessions.map((session) => (
            <li
              key={session.id}
              className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm"
            >
              <div>
                <p className="font-medium">
                  {session.id === actor.sessionId
                    ? t("account.sessions.current")
                    : session.userAgent?.slice(0, 80)}
                </p>
                <p className="text-slate-600">
                  {t("account.sessions.started")}: {formatDateTime(session.createdAt, lng)} ·{" "}
                  {t("account.sessions.lastSeen")}: {formatDateTime(session.lastSeenAt, lng)}
                  {session.ip ? ` · ${t("account.sessions.address")}: ${session.ip}` : ""}
                </p>
              </div>
              {session.id !== actor.sessionId && (
                <EndSessionButton id={session.id} label={t("account.sessions.end")} />
              )}
            </li>
          ))}
        </ul>
        <SignOutEverywhereButton lng={lng} label={t("account.sessions.everywhere")} />
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { getCountries } from "@/lib/cooperation/queries";
import { requirePermission } from "@/lib/auth/guard";
import { mustEnrollTwoFactor } from "@/lib/auth/permissions";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { PAGE_TITLE } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata({ params }: PageProps<"/[lng]/staff">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "staff");
  return { title: t("home.title") };
}

export default async function StaffHomePage({ params }: PageProps<"/[lng]/staff">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, routes.staff.home(lng), "account.manage");
  const [t, countries] = await Promise.all([getT(lng, "staff"), getCountries(lng)]);
  const country = countries.find((entry) => entry.code === actor.countryCode);
  return (
    <div className="space-y-6">
      <h1 className={PAGE_TITLE}>{t("home.title")}</h1>
      {mustEnrollTwoFactor(actor) && (
        <Notice tone="warning" data-testid="two-factor-required">
          <p>{t("home.twoFactorMissing")}</p>
          <a href={routes.account(lng, "two-factor")} className="font-semibold text-river-700 underline">
            {t("home.setUpNow")}
          </a>
        </Notice>
      )}
      <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="text-slate-600">{t("home.role")}</dt>
        <dd>{t(`roles.${actor.role}`)}</dd>
        <dt className="text-slate-600">{t("home.country")}</dt>
        <dd>{country ? country.name.value : t("home.allCountries")}</dd>
      </dl>
    </div>
  );
}

import { LanguageSwitcher } from "./language-switcher";
import { MainNav } from "./main-nav";
import { getT } from "@/lib/i18n/server";
import { endonyms, locales, type Locale } from "@/lib/i18n/settings";
import { routes } from "@/lib/routes";

export async function SiteHeader({ lng }: { lng: Locale }) {
  const t = await getT(lng);
  const links = [
    { href: routes.home(lng), label: t("nav.home"), exact: true },
    { href: routes.plan(lng), label: t("nav.plan"), exact: false },
    { href: routes.priorityAreas(lng), label: t("nav.priorityAreas"), exact: false },
    { href: routes.projects(lng), label: t("nav.projects"), exact: false },
    { href: routes.dashboard(lng), label: t("nav.dashboard"), exact: false },
    { href: routes.reports(lng), label: t("nav.reports"), exact: false },
    { href: routes.meetings(lng), label: t("nav.meetings"), exact: false },
    { href: routes.staff.home(lng), label: t("nav.staff"), exact: false },
  ];
  return (
    <header className="no-print bg-river-700 text-white">
      <MainNav
        brand={
          <a
            href={routes.home(lng)}
            className="min-w-0 text-base font-bold leading-snug tracking-tight hover:underline sm:text-lg"
          >
            {t("site.name")}
          </a>
        }
        languages={
          <LanguageSwitcher
            current={lng}
            label={t("language.label")}
            options={locales.map((locale) => ({ locale, name: endonyms[locale] }))}
          />
        }
        label={t("nav.label")}
        menu={t("nav.menu")}
        links={links}
      />
    </header>
  );
}

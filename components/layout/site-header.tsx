import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";
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
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-4 sm:px-6">
        <a href={routes.home(lng)} className="text-lg font-bold tracking-tight hover:underline">
          {t("site.name")}
        </a>
        <LanguageSwitcher
          current={lng}
          label={t("language.label")}
          options={locales.map((locale) => ({ locale, name: endonyms[locale] }))}
        />
      </div>
      <nav aria-label={t("nav.label")} className="border-t border-river-600">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2 sm:px-4">
          {links.map((link) => (
            <li key={link.href}>
              <NavLink href={link.href} exact={link.exact}>
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

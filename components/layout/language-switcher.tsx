"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { switchLocale } from "@/lib/i18n/negotiate";
import { languageTag, localeCookie, type Locale } from "@/lib/i18n/settings";

type Option = { locale: Locale; name: string };

/**
 * Links to the same page in every locale. Plain links (not client navigation): the new page has
 * another <html lang>. The query and the #fragment (a paragraph's citation anchor) are carried
 * over on click, read from the address bar so that cached pages stay the same for every reader.
 * The language last read is remembered here, in the browser, for the bare address (proxy.ts):
 * public pages set no cookie, so that they are the same bytes for every reader (docs/decisions/0023).
 * Reading pages sent without React do the same from the data attributes (reading-enhancer.ts).
 */
export function LanguageSwitcher({
  current,
  label,
  options,
}: {
  current: Locale;
  label: string;
  options: Option[];
}) {
  const pathname = usePathname();
  const cookie = localeCookie(current);
  useEffect(() => {
    if (!document.cookie.split("; ").includes(cookie.split(";")[0]!)) document.cookie = cookie;
  }, [cookie]);
  const currentName = options.find((option) => option.locale === current)?.name;
  return (
    <details className="group relative" data-locale-cookie={cookie}>
      <summary
        className="flex cursor-pointer list-none items-center gap-2 rounded border border-white/60 px-3 py-1.5 text-sm hover:bg-river-800 [&::-webkit-details-marker]:hidden"
        aria-label={`${label}: ${currentName}`}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        >
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18" />
        </svg>
        <span lang={languageTag[current]}>{currentName}</span>
      </summary>
      <ul className="absolute right-0 z-20 mt-1 min-w-40 rounded border border-slate-300 bg-white py-1 text-slate-900 shadow-lg">
        {options.map(({ locale, name }) => (
          <li key={locale}>
            <a
              href={switchLocale(pathname, locale)}
              hrefLang={languageTag[locale]}
              lang={languageTag[locale]}
              aria-current={locale === current ? "true" : undefined}
              onClick={(event) => {
                event.currentTarget.href =
                  switchLocale(pathname, locale) + window.location.search + window.location.hash;
              }}
              className="block px-4 py-2 hover:bg-river-50 aria-[current=true]:font-bold"
              data-testid={`switch-${locale}`}
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { NavLink } from "./nav-link";

type Link = { href: string; label: string; exact: boolean };

/**
 * The header's top row (the portal's name, the language switcher) and the main navigation: a row
 * under it on wider screens; on phones one "Menu" button beside the switcher that opens the list,
 * so the header is one line of the first screen. The server renders it closed, so nothing moves
 * when the page hydrates. It closes on Escape and on reaching another page. Reading pages, sent
 * without React, get the same from components/layout/reading-enhancer.ts.
 */
export function MainNav({
  brand,
  languages,
  label,
  menu,
  links,
}: {
  brand: React.ReactNode;
  languages: React.ReactNode;
  label: string;
  menu: string;
  links: Link[];
}) {
  const pathname = usePathname();
  // Open on the page it was opened on: following a link closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpenOn(null);
      button.current?.focus();
    };
    document.addEventListener("keydown", close);
    return () => document.removeEventListener("keydown", close);
  }, [open]);
  return (
    <>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-2 sm:px-6 sm:py-4">
        {brand}
        {/* Always at the right edge, so the language menu opens leftwards inside the screen. */}
        <div className="flex shrink-0 items-center gap-2">
          {languages}
          <button
            ref={button}
            type="button"
            aria-expanded={open}
            aria-controls="main-nav-list"
            onClick={() => setOpenOn(open ? null : pathname)}
            className="group flex items-center gap-1 rounded border border-white/60 px-2 py-1.5 text-sm hover:bg-river-800 md:hidden"
            data-testid="menu-button"
            data-close-on-escape
          >
            {/* The icon follows aria-expanded, so that the script of pages sent without React (reading-enhancer.ts) needs only that. */}
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor">
              <path strokeWidth="2" d="M4 7h16M4 12h16M4 17h16" className="group-aria-expanded:hidden" />
              <path strokeWidth="2" d="M6 6l12 12M18 6L6 18" className="hidden group-aria-expanded:inline" />
            </svg>
            <span className="sr-only sm:not-sr-only">{menu}</span>
          </button>
        </div>
      </div>
      <nav
        id="main-nav-list"
        aria-label={label}
        data-open-class="block"
        className={`${open ? "block" : "hidden"} border-t border-river-600 md:block`}
      >
        <ul className="mx-auto flex max-w-6xl flex-col px-2 pb-2 sm:px-4 md:flex-row md:flex-wrap md:gap-x-1 md:pb-0">
          {links.map((link) => (
            <li key={link.href}>
              <NavLink href={link.href} exact={link.exact}>
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}

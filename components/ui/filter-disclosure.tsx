"use client";

import { useId, useState } from "react";

/**
 * Filter fields that fold away on phones behind one button saying how many are in use, so the
 * first result is in the first screen; on wider screens they are always shown. Rendered closed by
 * the server, so nothing moves at hydration. The fields stay in the form either way. On reading
 * pages sent without React, components/layout/reading-enhancer.ts opens and closes it.
 */
export function FilterDisclosure({
  label,
  className,
  children,
}: {
  /** "Filters (2 active)", in the page's language. */
  label: string;
  /** The layout of the fields (a grid), on every screen. */
  className: string;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className="flex items-center gap-2 text-sm font-medium text-river-800 underline md:hidden"
        data-testid="filter-toggle"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor">
          <path strokeWidth="2" d="M4 6h16M7 12h10M10 18h4" />
        </svg>
        {label}
      </button>
      <div id={id} data-open-class="grid" className={`${open ? "grid" : "hidden"} md:grid ${className}`}>
        {children}
      </div>
    </>
  );
}

// The top of a page: its one h1, an optional lead paragraph, and actions (a "new" button, a link).
import type { ReactNode } from "react";

export const PAGE_TITLE = "text-3xl font-bold text-river-900";

export function PageHeader({
  title,
  lead,
  actions,
  children,
}: {
  title: ReactNode;
  lead?: ReactNode;
  actions?: ReactNode;
  /** Anything else that belongs to the header (a status line, a notice). */
  children?: ReactNode;
}) {
  return (
    <header className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className={PAGE_TITLE}>{title}</h1>
        {actions && <div className="flex flex-wrap items-center gap-3">{actions}</div>}
      </div>
      {lead && <p className="max-w-3xl text-slate-700">{lead}</p>}
      {children}
    </header>
  );
}

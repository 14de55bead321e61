import { Localized } from "@/components/i18n/localized";
import type { Locale } from "@/lib/i18n/settings";
import { headingNumber } from "@/lib/plan/numbering";
import type { OutlineSection } from "@/lib/plan/queries";
import { routes } from "@/lib/routes";

const INDENT = { chapter: "", section: "pl-4", subsection: "pl-8" } as const;

/** The table of contents: every section, linking to its own page. */
export function PlanToc({ outline, lng, title }: { outline: OutlineSection[]; lng: Locale; title: string }) {
  return (
    <nav aria-labelledby="toc-title" className="no-print">
      <h2 id="toc-title" className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      <ul className="space-y-1 text-sm">
        {outline.map((section) => (
          <li key={section.id} className={INDENT[section.level]}>
            <a href={routes.section(lng, section.number)} className="flex gap-2 hover:underline">
              <span className="shrink-0 tabular-nums text-river-700">
                {headingNumber(section.number, lng)}
              </span>
              <Localized text={section.title} lng={lng} />
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

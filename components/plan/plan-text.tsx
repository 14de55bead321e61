import { ParagraphItem } from "./paragraph-item";
import { RollupSummary } from "@/components/projects/rollup-summary";
import { SectionHeading } from "./section-heading";
import { TextEndsNote } from "./text-ends-note";
import type { Locale } from "@/lib/i18n/settings";
import type { OutlineSection, PlanParagraph } from "@/lib/plan/queries";
import type { Rollup } from "@/lib/projects/rollup";
import { routes } from "@/lib/routes";

const DEPTH = { chapter: 0, section: 1, subsection: 2 } as const;
const HEADING_STYLE = {
  1: "text-3xl font-bold",
  2: "text-2xl font-bold",
  3: "text-xl font-semibold",
  4: "text-lg font-semibold",
};

/**
 * Sections (in reading order) with their paragraphs. The shallowest section shown gets a heading
 * of `topLevel`; each level of the plan below it goes one heading level deeper. With `linkHeadings`
 * every heading links to that section's own page.
 */
export function PlanText({
  sections,
  paragraphs,
  lng,
  topLevel,
  linkHeadings = false,
  rollups,
}: {
  sections: OutlineSection[];
  paragraphs: PlanParagraph[];
  lng: Locale;
  topLevel: 1 | 2 | 3;
  linkHeadings?: boolean;
  /** How far the projects behind each section and paragraph got, by section / paragraph id. */
  rollups: { sections: Map<string, Rollup>; paragraphs: Map<string, Rollup> };
}) {
  const shallowest = Math.min(...sections.map((section) => DEPTH[section.level]));
  const bySection = new Map<string, PlanParagraph[]>();
  for (const paragraph of paragraphs) {
    bySection.set(paragraph.sectionId, [...(bySection.get(paragraph.sectionId) ?? []), paragraph]);
  }
  return (
    <div className="space-y-8">
      {sections.map((section) => {
        const level = Math.min(4, topLevel + DEPTH[section.level] - shallowest) as 1 | 2 | 3 | 4;
        const own = bySection.get(section.id) ?? [];
        const headingId = `s-${section.number}`;
        return (
          <section key={section.id} aria-labelledby={headingId} className="space-y-3">
            <SectionHeading
              section={section}
              lng={lng}
              level={level}
              id={headingId}
              href={linkHeadings ? routes.section(lng, section.number) : undefined}
              className={HEADING_STYLE[level]}
            />
            {rollups.sections.has(section.id) && (
              <RollupSummary
                rollup={rollups.sections.get(section.id)}
                lng={lng}
                href={routes.projects(lng, { section: section.number })}
              />
            )}
            {own.length > 0 && (
              <ol className="list-none space-y-1">
                {own.map((paragraph) => (
                  <ParagraphItem
                    key={paragraph.citation}
                    paragraph={paragraph}
                    sectionNumber={section.number}
                    lng={lng}
                    rollup={rollups.paragraphs.get(paragraph.id)}
                  />
                ))}
              </ol>
            )}
            {section.textEndsHere && <TextEndsNote sectionNumber={section.number} lng={lng} />}
          </section>
        );
      })}
    </div>
  );
}

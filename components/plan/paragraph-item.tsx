import { Localized } from "@/components/i18n/localized";
import { RollupSummary } from "@/components/projects/rollup-summary";
import { TranslationNote } from "@/components/i18n/translation-note";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { paragraphAnchor } from "@/lib/plan/numbering";
import type { PlanParagraph } from "@/lib/plan/queries";
import type { Rollup } from "@/lib/projects/rollup";
import { routes } from "@/lib/routes";

/** One commitment paragraph with its citation id, which is also its anchor. */
export async function ParagraphItem({
  paragraph,
  sectionNumber,
  lng,
  rollup,
}: {
  paragraph: PlanParagraph;
  sectionNumber: string;
  lng: Locale;
  rollup: Rollup | undefined;
}) {
  const t = await getT(lng, "plan");
  const anchor = paragraphAnchor(paragraph.citation);
  return (
    <li
      id={anchor}
      className={`paragraph grid gap-1 rounded py-2 sm:grid-cols-[7rem_1fr] sm:gap-4 ${paragraph.retired ? "text-slate-600" : ""}`}
      data-retired={paragraph.retired || undefined}
    >
      <div className="flex flex-wrap items-baseline gap-x-2 sm:block">
        <a
          href={routes.section(lng, sectionNumber, anchor)}
          className="font-mono text-sm text-river-700 underline-offset-2 hover:underline"
          aria-label={t("paragraph.link", { citation: paragraph.citation })}
        >
          ¶ {paragraph.citation}
        </a>
        <div className="sm:mt-1">
          {paragraph.retired ? (
            <span className="text-xs font-semibold text-earth-600" data-testid="paragraph-retired">
              {t("paragraph.retired")}
            </span>
          ) : (
            <TranslationNote text={paragraph.body} lng={lng} />
          )}
        </div>
      </div>
      <div className="space-y-1">
        <Localized
          as="p"
          text={paragraph.body}
          lng={lng}
          className={`max-w-prose leading-relaxed ${paragraph.retired ? "line-through" : ""}`}
        />
        {!paragraph.retired && (
          <RollupSummary
            rollup={rollup}
            lng={lng}
            href={routes.projects(lng, { paragraph: paragraph.citation })}
            compact
          />
        )}
      </div>
    </li>
  );
}

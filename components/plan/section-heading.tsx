import { Localized } from "@/components/i18n/localized";
import { RetiredMark } from "./retired-mark";
import type { Locale } from "@/lib/i18n/settings";
import { headingNumber } from "@/lib/plan/numbering";
import type { OutlineSection } from "@/lib/plan/queries";

export function SectionHeading({
  section,
  lng,
  level,
  href,
  id,
  className,
}: {
  section: OutlineSection;
  lng: Locale;
  level: 1 | 2 | 3 | 4;
  href?: string;
  id?: string;
  className?: string;
}) {
  const Tag = `h${level}` as const;
  const number = headingNumber(section.number, lng);
  const content = (
    <>
      <span className="text-river-700 tabular-nums">{number}</span>
      {number.endsWith("、") ? "" : " "}
      <Localized text={section.title} lng={lng} />
      {section.retired && <RetiredMark lng={lng} />}
    </>
  );
  return (
    <Tag id={id} className={className}>
      {href ? (
        <a href={href} className="underline-offset-4 hover:underline">
          {content}
        </a>
      ) : (
        content
      )}
    </Tag>
  );
}

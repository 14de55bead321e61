import { scriptStylesheet } from "@/lib/i18n/fonts";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { languageTag, type Locale } from "@/lib/i18n/settings";
import type { SearchTerm } from "@/lib/search/encode";
import { highlightParts } from "@/lib/search/highlight";

/**
 * A stored text in the reader's locale, or its fallback marked with its own `lang` (so screen
 * readers pronounce it right and the right font applies; that font's stylesheet is pulled in).
 */
export function Localized({
  text,
  lng,
  as: Tag = "span",
  className,
  marks,
}: {
  text: LocalizedText;
  lng: Locale;
  as?: "span" | "p" | "div" | "h1" | "h2" | "h3" | "dd";
  className?: string;
  /** A search's terms, marked where they occur (a result list). */
  marks?: SearchTerm[];
}) {
  const foreign = text.locale !== lng;
  const stylesheet = foreign ? scriptStylesheet(text.locale) : null;
  return (
    <>
      {stylesheet && <link rel="stylesheet" href={stylesheet} precedence="fonts" />}
      <Tag className={className} lang={foreign ? languageTag[text.locale] : undefined}>
        {marks?.length
          ? highlightParts(text.value, marks).map((part, index) =>
              part.hit ? (
                <mark key={index} className="rounded-sm bg-earth-50 px-0.5 text-inherit">
                  {part.text}
                </mark>
              ) : (
                part.text
              ),
            )
          : text.value}
      </Tag>
    </>
  );
}

import { scriptStylesheet } from "@/lib/i18n/fonts";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { languageTag, type Locale } from "@/lib/i18n/settings";

/**
 * A stored text in the reader's locale, or its fallback marked with its own `lang` (so screen
 * readers pronounce it right and the right font applies; that font's stylesheet is pulled in).
 */
export function Localized({
  text,
  lng,
  as: Tag = "span",
  className,
}: {
  text: LocalizedText;
  lng: Locale;
  as?: "span" | "p" | "div" | "h1" | "h2" | "h3" | "dd";
  className?: string;
}) {
  const foreign = text.locale !== lng;
  const stylesheet = foreign ? scriptStylesheet(text.locale) : null;
  return (
    <>
      {stylesheet && <link rel="stylesheet" href={stylesheet} precedence="fonts" />}
      <Tag className={className} lang={foreign ? languageTag[text.locale] : undefined}>
        {text.value}
      </Tag>
    </>
  );
}

import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { FieldKind } from "@/lib/translations/fields";

/** What a text is: "¶ 4.2.7-3", "Title of section 4.2", "Title of project LMC-2019-TH-012", … */
export async function FieldLabel({
  kind,
  reference,
  lng,
}: {
  kind: FieldKind | null;
  reference: string | null;
  lng: Locale;
}) {
  const t = await getT(lng, "translations");
  if (!kind || !reference) return <>{t("field.other")}</>;
  return <>{t(`field.${kind}`, { ref: reference })}</>;
}

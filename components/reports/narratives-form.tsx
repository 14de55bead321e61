"use client";

import { useTranslation } from "react-i18next";
import { FormMessage, SelectField, SubmitButton } from "@/components/forms/fields";
import { TextArea } from "@/components/forms/text-area";
import { useAfterSave } from "@/components/forms/use-after-save";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import type { Locale } from "@/lib/i18n/settings";
import { saveNarrativesAction } from "@/lib/reports/actions";
import { saveNarrativesSchema } from "@/lib/reports/schemas";

type Area = { slug: string; name: string; wording: Record<string, string> };

/**
 * The country's narrative per priority area, written in one language at a time: the source
 * language keeps the author's text; another language adds a draft translation of it.
 */
export function NarrativesForm({
  reportId,
  version,
  areas,
  locales,
  initialLocale,
}: {
  reportId: string;
  version: number;
  areas: Area[];
  locales: readonly { value: Locale; label: string }[];
  initialLocale: Locale;
}) {
  const { t } = useTranslation("reports");
  const { t: ts } = useTranslation("staff");
  const after = useAfterSave();
  const wordingIn = (locale: Locale) =>
    Object.fromEntries(areas.map((area) => [area.slug, area.wording[locale] ?? ""]));
  const form = useMutationForm({
    initial: { locale: initialLocale, narratives: wordingIn(initialLocale) },
    schema: saveNarrativesSchema,
    action: saveNarrativesAction,
    toInput: (values) => ({ ...values, reportId, version }),
    warnOnLeave: ts("unsaved"),
    onSuccess: after.refresh,
  });
  return (
    <form onSubmit={form.submit} className="space-y-4" noValidate data-testid="narratives-form">
      <FormMessage error={form.formError} />
      <SelectField
        label={t("contribution.language")}
        name="locale"
        value={form.values.locale}
        onChange={(locale) => form.setValues({ locale, narratives: wordingIn(locale) })}
        options={locales}
        problems={form.errors.locale}
      />
      {areas.map((area) => (
        <TextArea
          key={area.slug}
          label={area.name}
          name={`narratives.${area.slug}`}
          value={form.values.narratives[area.slug] ?? ""}
          onChange={(value) => form.set("narratives", { ...form.values.narratives, [area.slug]: value })}
          problems={form.errors[`narratives.${area.slug}`]}
          confirmUnicode={form.confirmUnicode(`narratives.${area.slug}`)}
          rows={4}
        />
      ))}
      <SubmitButton pending={form.pending}>{t("contribution.save")}</SubmitButton>
    </form>
  );
}

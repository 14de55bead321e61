"use client";

import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { FormMessage, ProblemList, SubmitButton } from "@/components/forms/fields";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { useAfterSave } from "@/components/forms/use-after-save";
import { useEarlyInput } from "@/components/forms/use-early-input";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { ZawgyiOffer } from "@/components/forms/zawgyi-offer";
import { Button } from "@/components/ui/button";
import { languageTag, type Locale } from "@/lib/i18n/settings";
import { markReviewedAction, saveTranslationAction } from "@/lib/translations/actions";
import { markReviewedSchema, saveTranslationSchema } from "@/lib/translations/schemas";

type Props = {
  textId: string;
  locale: Locale;
  initial: string;
  version: number | null;
  /** The translation exists, is unchanged and not yet reviewed: a reviewer may confirm it as it is. */
  reviewable: boolean;
  backHref: string;
};

/** The target side of the side-by-side editor: save as a draft, or save and mark reviewed. */
export function TranslationEditor({ textId, locale, initial, version, reviewable, backHref }: Props) {
  const { t } = useTranslation("translations");
  const { t: ts } = useTranslation("staff");
  // Which of the two submit buttons was pressed; read when the form submits, in the same event.
  const review = useRef(false);
  const after = useAfterSave();
  const form = useMutationForm({
    initial: { value: initial },
    schema: saveTranslationSchema,
    action: saveTranslationAction,
    toInput: (values) => ({
      textId,
      locale,
      value: values.value,
      version,
      review: review.current,
    }),
    warnOnLeave: ts("unsaved"),
    onSuccess: () => after.goTo(backHref),
  });
  const unchanged = form.values.value === initial;
  const field = useEarlyInput(
    (textarea: HTMLTextAreaElement) => textarea.value,
    (value) => form.set("value", value),
  );

  return (
    <form onSubmit={form.submit} className="space-y-3" noValidate data-testid="translation-editor">
      <FormMessage error={form.formError} />
      {form.formError === "conflict" && form.current && (
        <ConflictNotice current={form.current} mine={{ value: form.values.value }} />
      )}
      <label htmlFor="translation-value" className="block text-sm font-medium text-slate-800">
        {t("editor.target")}
      </label>
      <textarea
        ref={field}
        id="translation-value"
        name="value"
        lang={languageTag[locale]}
        rows={8}
        value={form.values.value}
        onChange={(event) => form.set("value", event.target.value)}
        aria-invalid={form.errors.value ? true : undefined}
        aria-describedby={form.errors.value ? "value-error" : undefined}
        className="block w-full rounded border border-slate-400 px-3 py-2 text-base"
      />
      <ProblemList id="value-error" problems={form.errors.value} />
      <ZawgyiOffer
        problems={form.errors.value}
        onConvert={(unicode) => form.set("value", unicode)}
        onKeep={form.confirmUnicode("value")}
      />
      <div className="flex flex-wrap items-center gap-3">
        <span onClickCapture={() => (review.current = false)}>
          <SubmitButton pending={form.pending}>{t("editor.saveDraft")}</SubmitButton>
        </span>
        <span onClickCapture={() => (review.current = true)}>
          <SubmitButton pending={form.pending}>{t("editor.saveReviewed")}</SubmitButton>
        </span>
        {reviewable && unchanged && version !== null && (
          <MarkReviewed textId={textId} locale={locale} version={version} backHref={backHref} />
        )}
      </div>
    </form>
  );
}

function MarkReviewed({
  textId,
  locale,
  version,
  backHref,
}: {
  textId: string;
  locale: Locale;
  version: number;
  backHref: string;
}) {
  const { t } = useTranslation("translations");
  const after = useAfterSave();
  const hydrated = useHydrated();
  const form = useMutationForm({
    initial: {},
    schema: markReviewedSchema,
    action: markReviewedAction,
    toInput: () => ({ textId, locale, version }),
    onSuccess: () => after.goTo(backHref),
  });
  return (
    <>
      <Button variant="quiet" disabled={form.pending || !hydrated} onClick={() => form.submit()}>
        {t("editor.markReviewed")}
      </Button>
      <FormMessage error={form.formError} />
    </>
  );
}

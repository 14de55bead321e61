"use client";

import { useRef, useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { FormMessage, SubmitButton } from "@/components/forms/fields";
import { postForm } from "@/components/forms/post-form";
import { useAfterSave } from "@/components/forms/use-after-save";
import type { MutationResult } from "@/lib/mutations/result";
import { routes } from "@/lib/routes";
import type { ImportSummary } from "@/lib/translations/exchange";

/** Download the queue as a sheet, fill it in elsewhere, and read it back. */
export function ExchangePanel({ locale, exportHref }: { locale: string; exportHref: string }) {
  const { t } = useTranslation("translations");
  const after = useAfterSave();
  const [result, setResult] = useState<MutationResult<ImportSummary> | null>(null);
  const [pending, startTransition] = useTransition();
  const file = useRef<HTMLInputElement>(null);
  const review = useRef<HTMLInputElement>(null);
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = file.current?.files?.[0];
    startTransition(async () => {
      const noFile: MutationResult<ImportSummary> = {
        ok: false,
        error: "invalid",
        fieldErrors: { file: [{ key: "validation.unreadableSheet" }] },
      };
      const answer = chosen
        ? await postForm<ImportSummary>(
            routes.api.translationImport(),
            { locale, review: review.current?.checked ?? false },
            { file: [chosen] },
          )
        : noFile;
      setResult(answer);
      if (answer.ok && answer.data.saved > 0) after.refresh();
    });
  };
  const unreadable = result && !result.ok && result.fieldErrors?.file !== undefined;
  return (
    <section aria-labelledby="exchange" className="space-y-3 rounded border border-slate-200 p-4">
      <h2 id="exchange" className="font-semibold">
        {t("exchange.title")}
      </h2>
      <p className="text-sm text-slate-700">{t("exchange.lead")}</p>
      <p>
        <a href={exportHref} className="text-river-700 underline" data-testid="export-link">
          {t("exchange.download")}
        </a>
      </p>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-4" noValidate>
        <div>
          <label htmlFor="exchange-file" className="block text-sm font-medium text-slate-800">
            {t("exchange.file")}
          </label>
          <input
            ref={file}
            id="exchange-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            className="mt-1 block text-sm"
          />
        </div>
        <label className="inline-flex items-center gap-2 text-sm">
          <input ref={review} type="checkbox" name="review" />
          {t("exchange.review")}
        </label>
        <SubmitButton pending={pending}>{t("exchange.import")}</SubmitButton>
      </form>
      {result && !result.ok && !unreadable && <FormMessage error={result.error} />}
      {unreadable && (
        <p className="text-sm text-red-800" role="alert">
          {t("exchange.unreadable")}
        </p>
      )}
      {result?.ok && (
        <div aria-live="polite" className="text-sm" data-testid="import-summary">
          <p>
            {t("exchange.summary", {
              saved: result.data.saved,
              unchanged: result.data.unchanged,
              refused: result.data.problems.length,
            })}
          </p>
          {result.data.problems.length > 0 && (
            <ul className="list-disc pl-5 text-red-800">
              {result.data.problems.map((problem) => (
                <li key={problem.row}>
                  {t("exchange.rowProblem", {
                    row: problem.row,
                    problem: t(`exchange.problem.${problem.problem}`),
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

"use client";

import { useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { FormMessage, SubmitButton } from "@/components/forms/fields";
import { importTranslationsAction, type ImportResult } from "@/lib/translations/actions";

/** Download the queue as a sheet, fill it in elsewhere, and read it back. */
export function ExchangePanel({ locale, exportHref }: { locale: string; exportHref: string }) {
  const { t } = useTranslation("translations");
  const [result, setResult] = useState<ImportResult | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set("locale", locale);
    startTransition(async () => setResult(await importTranslationsAction(form)));
  };
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
            id="exchange-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            className="mt-1 block text-sm"
          />
        </div>
        <label className="inline-flex items-center gap-2 text-sm">
          <input type="checkbox" name="review" />
          {t("exchange.review")}
        </label>
        <SubmitButton pending={pending}>{t("exchange.import")}</SubmitButton>
      </form>
      {result && !result.ok && <FormMessage error={result.error === "unreadable" ? null : result.error} />}
      {result && !result.ok && result.error === "unreadable" && (
        <p className="text-sm text-red-800" role="alert">
          {t("exchange.unreadable")}
        </p>
      )}
      {result?.ok && (
        <div aria-live="polite" className="text-sm" data-testid="import-summary">
          <p>
            {t("exchange.summary", {
              saved: result.summary.saved,
              unchanged: result.summary.unchanged,
              refused: result.summary.problems.length,
            })}
          </p>
          {result.summary.problems.length > 0 && (
            <ul className="list-disc pl-5 text-red-800">
              {result.summary.problems.map((problem) => (
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

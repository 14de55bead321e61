"use client";

import { useRef, useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { FormMessage, SubmitButton } from "@/components/forms/fields";
import { postForm } from "@/components/forms/post-form";
import { useAfterSave } from "@/components/forms/use-after-save";
import { Button } from "@/components/ui/button";
import type { ImportOutcome } from "@/lib/imports/mutations";
import type { MutationResult } from "@/lib/mutations/result";
import type { Locale } from "@/lib/i18n/settings";
import { routes } from "@/lib/routes";
import { ImportSummary } from "./import-summary";

/**
 * Choose a file, see its dry run, then import that same file: the import button appears only
 * when every row of the checked file can be imported.
 */
export function ImportPanel({ lng }: { lng: Locale }) {
  const { t } = useTranslation(["imports", "staff"]);
  const after = useAfterSave();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<MutationResult<ImportOutcome> | null>(null);
  const [pending, startTransition] = useTransition();

  const send = (mode: "check" | "import") => {
    const chosen = mode === "check" ? input.current?.files?.[0] : file;
    startTransition(async () => {
      if (!chosen) {
        setResult({
          ok: false,
          error: "invalid",
          fieldErrors: { file: [{ key: "validation.importFileSize" }] },
        });
        return;
      }
      setFile(chosen);
      const url = mode === "check" ? routes.api.projectImportCheck() : routes.api.projectImport();
      const answer = await postForm<ImportOutcome>(url, { lng }, { file: [chosen] });
      setResult(answer);
      if (answer.ok && answer.data.state === "imported") after.refresh();
    });
  };
  const fileProblem = result && !result.ok ? result.fieldErrors?.file?.[0] : undefined;
  const checked = result?.ok && result.data.state === "checked" ? result.data : null;

  return (
    <div className="space-y-4">
      <form
        className="flex flex-wrap items-end gap-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send("check");
        }}
      >
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
            {t("page.file")}
          </label>
          <input
            ref={input}
            id="import-file"
            name="file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-describedby={fileProblem ? "import-file-error" : undefined}
            className="mt-1 block text-sm"
            onChange={() => setResult(null)}
          />
        </div>
        <SubmitButton pending={pending}>{pending ? t("page.checking") : t("page.check")}</SubmitButton>
      </form>
      {fileProblem && (
        <p id="import-file-error" role="alert" className="text-sm text-red-800" data-testid="import-refused">
          {t(fileProblem.key as never, fileProblem.params ?? {}) as string}
        </p>
      )}
      {result && !result.ok && !fileProblem && <FormMessage error={result.error} />}
      {result?.ok && <ImportSummary lng={lng} outcome={result.data} />}
      {checked && checked.rejected === 0 && checked.rows > 0 && (
        <Button
          variant="primary"
          type="button"
          disabled={pending}
          onClick={() => send("import")}
          data-testid="import-confirm"
        >
          {pending ? t("page.importing") : t("page.import", { count: checked.rows })}
        </Button>
      )}
    </div>
  );
}

"use client";

import { useRef, useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { FormMessage, SubmitButton } from "@/components/forms/fields";
import { postForm } from "@/components/forms/post-form";
import { useAfterSave } from "@/components/forms/use-after-save";
import { Button } from "@/components/ui/button";
import type { QueuedImport } from "@/lib/imports/mutations";
import type { MutationResult } from "@/lib/mutations/result";
import type { Locale } from "@/lib/i18n/settings";
import { routes } from "@/lib/routes";
import { ImportProgress } from "./import-progress";
import { ImportSummary } from "./import-summary";
import { useImportRun } from "./use-import-run";

type Mode = "check" | "import";

/**
 * Choose a file, see its dry run, then import that same file. Each is queued for the import job
 * (docs/decisions/0028) and followed here until done; the import button appears only when every
 * row of the checked file can be imported.
 */
export function ImportPanel({ lng }: { lng: Locale }) {
  const { t } = useTranslation(["imports", "staff"]);
  const after = useAfterSave();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [refused, setRefused] = useState<MutationResult<QueuedImport> | null>(null);
  const [queued, setQueued] = useState<{ runId: string; mode: Mode } | null>(null);
  const [sending, startTransition] = useTransition();
  const { run, unreachable } = useImportRun(queued?.runId ?? null, () => after.refresh());
  const finished = run && run.state !== "queued" && run.state !== "running" ? run : null;
  const busy = sending || (queued !== null && !finished);

  const send = (mode: Mode) => {
    const chosen = mode === "check" ? input.current?.files?.[0] : file;
    startTransition(async () => {
      if (!chosen) {
        setRefused({
          ok: false,
          error: "invalid",
          fieldErrors: { file: [{ key: "validation.importFileSize" }] },
        });
        return;
      }
      setFile(chosen);
      const url = mode === "check" ? routes.api.projectImportCheck() : routes.api.projectImport();
      const answer = await postForm<QueuedImport>(url, { lng }, { file: [chosen] });
      setRefused(answer.ok ? null : answer);
      setQueued(answer.ok ? { runId: answer.data.runId, mode } : null);
    });
  };
  const fileProblem =
    refused && !refused.ok
      ? refused.fieldErrors?.file?.[0]
      : finished?.state === "failed" && finished.errorKey
        ? { key: finished.errorKey, params: undefined }
        : undefined;
  const importable =
    finished?.state === "checked" &&
    finished.mode === "check" &&
    finished.rejected === 0 &&
    finished.rows > 0;

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
            onChange={() => {
              setRefused(null);
              setQueued(null);
            }}
          />
        </div>
        <SubmitButton pending={busy}>
          {busy && queued?.mode !== "import" ? t("page.checking") : t("page.check")}
        </SubmitButton>
      </form>
      {fileProblem && (
        <p id="import-file-error" role="alert" className="text-sm text-red-800" data-testid="import-refused">
          {t(fileProblem.key as never, fileProblem.params ?? {}) as string}
        </p>
      )}
      {refused && !refused.ok && !fileProblem && <FormMessage error={refused.error} />}
      {queued && !finished && (
        <ImportProgress lng={lng} mode={queued.mode} run={run} unreachable={unreachable} />
      )}
      {finished && finished.state !== "failed" && <ImportSummary lng={lng} outcome={finished} />}
      {importable && (
        <Button
          variant="primary"
          type="button"
          disabled={busy}
          onClick={() => send("import")}
          data-testid="import-confirm"
        >
          {t("page.import", { count: finished.rows })}
        </Button>
      )}
    </div>
  );
}

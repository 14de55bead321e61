"use client";

import { forwardRef, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Problem } from "@/lib/validation/errors";
import { buttonClass } from "@/components/ui/button";
import { ProblemList } from "./fields";

/**
 * A file input in the page's language: the browser's own button says "Choose Files / No file
 * chosen" in the browser's language, so the native input is kept for the keyboard and screen
 * readers but drawn as a translated button with the chosen files listed beside it.
 */
export const FileField = forwardRef<
  HTMLInputElement,
  { label: string; name: string; hint?: string; accept: string; multiple?: boolean; problems?: Problem[] }
>(function FileField({ label, name, hint, accept, multiple, problems }, ref) {
  const { t } = useTranslation("staff");
  const id = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  const described = [hint ? `${id}-hint` : null, `${id}-chosen`, problems?.length ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div>
      <span className="block text-sm font-medium text-slate-800" id={`${id}-label`}>
        {label}
      </span>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div className="mt-1 flex flex-wrap items-center gap-3">
        <input
          ref={ref}
          id={id}
          name={name}
          type="file"
          multiple={multiple}
          accept={accept}
          aria-labelledby={`${id}-label`}
          aria-describedby={described}
          className="peer sr-only"
          onChange={(event) => setChosen([...(event.target.files ?? [])].map((file) => file.name))}
        />
        <label
          htmlFor={id}
          className={buttonClass(
            "secondary",
            "cursor-pointer peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-river-600",
          )}
        >
          {t("fields.chooseFiles")}
        </label>
        <span id={`${id}-chosen`} className="text-sm text-slate-700" data-testid="files-chosen">
          {chosen.length ? chosen.join(", ") : t("fields.noFiles")}
        </span>
      </div>
      <ProblemList id={`${id}-error`} problems={problems} />
    </div>
  );
});

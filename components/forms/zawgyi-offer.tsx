"use client";

import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import type { Problem } from "@/lib/validation/errors";

/** The Unicode text the server offers for a field it took for Zawgyi (null: no such problem). */
export function zawgyiOffer(problems: Problem[] | undefined): string | null {
  const problem = problems?.find((entry) => entry.key === "validation.zawgyi");
  return problem ? String(problem.params?.unicode ?? "") : null;
}

/**
 * Burmese typed in Zawgyi, caught by the server: the text as Unicode, to take with one click, or the
 * writer's word that the text is Unicode already (the detector can be wrong on short texts).
 */
export function ZawgyiOffer({
  problems,
  onConvert,
  onKeep,
}: {
  problems?: Problem[];
  onConvert: (unicode: string) => void;
  onKeep: () => void;
}) {
  const { t } = useTranslation("staff");
  const unicode = zawgyiOffer(problems);
  if (unicode === null) return null;
  return (
    <div
      className="mt-2 space-y-2 rounded border border-earth-600 bg-earth-50 p-3 text-sm"
      data-testid="zawgyi"
    >
      <p>{t("zawgyi.found")}</p>
      <p lang="my" className="rounded bg-white p-2">
        {unicode}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button variant="quiet" onClick={() => onConvert(unicode)}>
          {t("zawgyi.convert")}
        </Button>
        <Button variant="quiet" onClick={onKeep}>
          {t("zawgyi.keep")}
        </Button>
      </div>
    </div>
  );
}

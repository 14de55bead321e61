"use client";

import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";

export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation("staff");
  return (
    <div className="space-y-3 rounded border border-earth-600 bg-earth-50 p-4" data-testid="recovery-codes">
      <h3 className="font-semibold">{t("account.twoFactor.recoveryTitle")}</h3>
      <p className="text-sm">{t("account.twoFactor.recoveryLead")}</p>
      <ul className="grid grid-cols-2 gap-2 font-mono text-base sm:grid-cols-5" lang="en">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <Button variant="primary" onClick={onDone}>
        {t("account.twoFactor.recoveryDone")}
      </Button>
    </div>
  );
}

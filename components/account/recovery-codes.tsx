"use client";

import { useTranslation } from "react-i18next";

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
      <button
        type="button"
        onClick={onDone}
        className="rounded bg-river-700 px-4 py-2 font-semibold text-white hover:bg-river-800"
      >
        {t("account.twoFactor.recoveryDone")}
      </button>
    </div>
  );
}

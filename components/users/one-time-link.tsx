"use client";

import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

export function OneTimeLink({ lng, token }: { lng: string; token: string }) {
  const { t } = useTranslation("staff");
  const [origin, setOrigin] = useState("");
  const [copied, setCopied] = useState(false);
  useEffect(() => setOrigin(window.location.origin), []);
  const link = `${origin}/${lng}/reset-password/${token}`;
  return (
    <div className="space-y-2 rounded border border-river-600 bg-river-50 p-4" data-testid="one-time-link">
      <h2 className="font-semibold">{t("users.link.title")}</h2>
      <p className="text-sm">{t("users.link.lead")}</p>
      <p className="break-all font-mono text-sm" lang="en" data-testid="one-time-link-url">
        {link}
      </p>
      <button
        type="button"
        onClick={async () => {
          await navigator.clipboard.writeText(link);
          setCopied(true);
        }}
        className="rounded border border-river-600 px-3 py-1 text-sm"
      >
        {copied ? t("users.link.copied") : t("users.link.copy")}
      </button>
    </div>
  );
}

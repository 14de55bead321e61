"use client";

import { useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { routes } from "@/lib/routes";

const noSubscription = () => () => {};

/** A one-time password link to hand to its owner, with this portal's own address in front. */
export function OneTimeLink({ lng, token }: { lng: string; token: string }) {
  const { t } = useTranslation("staff");
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  const [copied, setCopied] = useState(false);
  const link = `${origin}${routes.resetPassword(lng, token)}`;
  return (
    <div className="space-y-2 rounded border border-river-600 bg-river-50 p-4" data-testid="one-time-link">
      <h2 className="font-semibold">{t("users.link.title")}</h2>
      <p className="text-sm">{t("users.link.lead")}</p>
      <p className="break-all font-mono text-sm" lang="en" data-testid="one-time-link-url">
        {link}
      </p>
      <Button
        variant="quiet"
        onClick={async () => {
          await navigator.clipboard.writeText(link);
          setCopied(true);
        }}
      >
        {copied ? t("users.link.copied") : t("users.link.copy")}
      </Button>
    </div>
  );
}

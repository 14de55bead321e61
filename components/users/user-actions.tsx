"use client";

import { useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { FormMessage } from "@/components/forms/fields";
import { useAfterSave } from "@/components/forms/use-after-save";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import type { MutationErrorCode, MutationResult } from "@/lib/mutations/result";
import {
  disableUserAction,
  enableUserAction,
  forceSignOutAction,
  issueResetLinkAction,
  resetTwoFactorAction,
} from "@/lib/users/actions";
import { OneTimeLink } from "./one-time-link";

type Props = {
  lng: string;
  id: string;
  version: number;
  disabled: boolean;
  twoFactor: boolean;
  self: boolean;
};

export function UserActions({ lng, id, version, disabled, twoFactor, self }: Props) {
  const { t } = useTranslation("staff");
  const after = useAfterSave();
  const hydrated = useHydrated();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<MutationErrorCode | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [token, setToken] = useState<string | null>(null);

  const run = <T,>(action: () => Promise<MutationResult<T>>, describe: (data: T) => string) =>
    startTransition(async () => {
      setError(null);
      setMessage(null);
      const result = await action();
      if (!result.ok) return setError(result.error);
      setMessage(describe(result.data));
      after.refresh();
    });

  const busy = pending || !hydrated;
  return (
    <section aria-labelledby="user-actions" className="space-y-3">
      <h2 id="user-actions" className="text-xl font-semibold">
        {t("users.actions.title")}
      </h2>
      <FormMessage error={error} success={message} />
      {token && <OneTimeLink lng={lng} token={token} />}
      <div className="flex flex-wrap gap-2">
        {!self &&
          (disabled ? (
            <Button
              variant="quiet"
              disabled={busy}
              onClick={() =>
                run(
                  () => enableUserAction({ id, version }),
                  () => t("users.actions.done"),
                )
              }
            >
              {t("users.actions.enable")}
            </Button>
          ) : (
            <Button
              variant="quiet"
              disabled={busy}
              onClick={() =>
                run(
                  () => disableUserAction({ id, version }),
                  () => t("users.actions.done"),
                )
              }
            >
              {t("users.actions.disable")}
            </Button>
          ))}
        <Button
          variant="quiet"
          disabled={busy}
          onClick={() =>
            run(
              () => issueResetLinkAction({ id }),
              (data) => {
                setToken(data.token);
                return t("users.actions.done");
              },
            )
          }
        >
          {t("users.actions.resetLink")}
        </Button>
        <Button
          variant="quiet"
          disabled={busy}
          onClick={() =>
            run(
              () => forceSignOutAction({ id }),
              (data) => t("users.actions.signedOut", { count: data.sessionsEnded }),
            )
          }
        >
          {t("users.actions.forceSignOut")}
        </Button>
        {twoFactor && !self && (
          <Button
            variant="quiet"
            disabled={busy}
            onClick={() =>
              run(
                () => resetTwoFactorAction({ id }),
                () => t("users.actions.done"),
              )
            }
          >
            {t("users.actions.resetTwoFactor")}
          </Button>
        )}
      </div>
    </section>
  );
}

"use client";

import { useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { useAfterSave } from "@/components/forms/use-after-save";
import { useHydrated } from "@/components/forms/use-hydrated";
import { asInput, useMutationForm } from "@/components/forms/use-mutation-form";
import { Button } from "@/components/ui/button";
import {
  disableTwoFactorAction,
  enableTwoFactorAction,
  regenerateRecoveryCodesAction,
  startTwoFactorAction,
} from "@/lib/account/actions";
import {
  confirmWithCodeSchema,
  confirmWithPasswordSchema,
  enableTwoFactorSchema,
} from "@/lib/account/schemas";
import type { MutationErrorCode } from "@/lib/mutations/result";
import { RecoveryCodes } from "./recovery-codes";

type Enrollment = Extract<Awaited<ReturnType<typeof startTwoFactorAction>>, { ok: true }>["data"];

export function TwoFactorPanel({ enabled, required }: { enabled: boolean; required: boolean }) {
  const { t } = useTranslation("staff");
  const after = useAfterSave();
  const [codes, setCodes] = useState<string[] | null>(null);
  const hydrated = useHydrated();
  const [enrollment, setEnrollment] = useState<Enrollment | null>(null);
  const [startError, setStartError] = useState<MutationErrorCode | null>(null);
  const [starting, startTransition] = useTransition();

  const enable = useMutationForm({
    initial: { code: "", password: "" },
    schema: enableTwoFactorSchema,
    action: enableTwoFactorAction,
    toInput: (values) => ({
      enrollment: enrollment?.enrollment ?? "",
      code: values.code,
      password: enabled ? values.password : undefined,
    }),
    onSuccess: ({ recoveryCodes }) => {
      setEnrollment(null);
      setCodes(recoveryCodes);
    },
  });
  const regenerate = useMutationForm({
    initial: { code: "" },
    schema: confirmWithCodeSchema,
    action: regenerateRecoveryCodesAction,
    toInput: asInput,
    onSuccess: ({ recoveryCodes }) => setCodes(recoveryCodes),
  });
  const disable = useMutationForm({
    initial: { password: "" },
    schema: confirmWithPasswordSchema,
    action: disableTwoFactorAction,
    toInput: asInput,
    onSuccess: after.refresh,
  });

  if (codes) {
    return (
      <RecoveryCodes
        codes={codes}
        onDone={() => {
          setCodes(null);
          after.refresh();
        }}
      />
    );
  }

  if (enrollment) {
    return (
      <form onSubmit={enable.submit} className="max-w-md space-y-4" noValidate data-testid="two-factor-enrol">
        <p className="text-sm">{t("account.twoFactor.scan")}</p>
        {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL generated on the server */}
        <img
          src={`data:image/svg+xml;base64,${btoa(enrollment.qrSvg)}`}
          alt={t("account.twoFactor.scan")}
          width={200}
          height={200}
          className="rounded border border-slate-300 bg-white p-2"
        />
        <p className="text-sm">
          {t("account.twoFactor.manual")}{" "}
          <code className="break-all font-mono" data-testid="totp-secret">
            {enrollment.secret}
          </code>
        </p>
        <FormMessage error={enable.formError} />
        <TextField
          label={t("account.twoFactor.code")}
          inputMode="numeric"
          autoComplete="one-time-code"
          {...enable.field("code")}
        />
        {enabled && (
          <TextField
            label={t("account.twoFactor.replacePassword")}
            type="password"
            autoComplete="current-password"
            {...enable.field("password")}
          />
        )}
        <SubmitButton pending={enable.pending}>{t("account.twoFactor.confirm")}</SubmitButton>
      </form>
    );
  }

  const startButton = (label: string, variant: "primary" | "secondary") => (
    <div className="space-y-3">
      <FormMessage error={startError} />
      <Button
        variant={variant}
        disabled={starting || !hydrated}
        onClick={() =>
          startTransition(async () => {
            const result = await startTwoFactorAction();
            if (result.ok) setEnrollment(result.data);
            else setStartError(result.error);
          })
        }
      >
        {label}
      </Button>
    </div>
  );

  if (!enabled) return startButton(t("account.twoFactor.start"), "primary");

  return (
    <div className="grid gap-8 md:grid-cols-2">
      <form onSubmit={regenerate.submit} className="space-y-3" noValidate>
        <FormMessage error={regenerate.formError} />
        <TextField
          label={t("account.twoFactor.regenerateCode")}
          inputMode="numeric"
          autoComplete="one-time-code"
          {...regenerate.field("code")}
        />
        <SubmitButton pending={regenerate.pending}>{t("account.twoFactor.regenerate")}</SubmitButton>
      </form>
      {!required && (
        <form onSubmit={disable.submit} className="space-y-3" noValidate>
          <FormMessage error={disable.formError} />
          <TextField
            label={t("account.twoFactor.disablePassword")}
            type="password"
            autoComplete="current-password"
            {...disable.field("password")}
          />
          <SubmitButton pending={disable.pending}>{t("account.twoFactor.disable")}</SubmitButton>
        </form>
      )}
      {startButton(t("account.twoFactor.replace"), "secondary")}
    </div>
  );
}

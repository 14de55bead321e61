"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { resetPasswordAction } from "@/lib/account/actions";
import { resetPasswordSchema } from "@/lib/account/schemas";
import { routes } from "@/lib/routes";

export function ResetPasswordForm({ lng, token }: { lng: string; token: string }) {
  const { t } = useTranslation("staff");
  const [done, setDone] = useState(false);
  const form = useMutationForm({
    initial: { newPassword: "", confirmPassword: "" },
    schema: resetPasswordSchema,
    action: resetPasswordAction,
    toInput: (values) => ({ ...values, token }),
    onSuccess: () => setDone(true),
  });
  if (done) {
    return (
      <div className="space-y-3" data-testid="password-set">
        <p>{t("resetPassword.done")}</p>
        <a href={routes.signIn(lng)} className="font-semibold text-river-700 underline">
          {t("resetPassword.signIn")}
        </a>
      </div>
    );
  }
  return (
    <form onSubmit={form.submit} className="max-w-md space-y-4" noValidate>
      <FormMessage error={form.formError} />
      <TextField
        label={t("resetPassword.new")}
        hint={t("account.password.newHint")}
        type="password"
        autoComplete="new-password"
        {...form.field("newPassword")}
      />
      <TextField
        label={t("resetPassword.confirm")}
        type="password"
        autoComplete="new-password"
        {...form.field("confirmPassword")}
      />
      <SubmitButton pending={form.pending}>{t("resetPassword.submit")}</SubmitButton>
    </form>
  );
}

"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { asInput, useMutationForm } from "@/components/forms/use-mutation-form";
import { changePasswordAction } from "@/lib/account/actions";
import { changePasswordSchema } from "@/lib/account/schemas";

const EMPTY = { currentPassword: "", newPassword: "", confirmPassword: "" };

export function ChangePasswordForm() {
  const { t } = useTranslation("staff");
  const [done, setDone] = useState<string | null>(null);
  const form = useMutationForm({
    initial: EMPTY,
    schema: changePasswordSchema,
    action: changePasswordAction,
    toInput: asInput,
    onSuccess: ({ otherSessionsEnded }) => {
      form.setValues(EMPTY);
      setDone(t("account.password.done", { count: otherSessionsEnded }));
    },
  });
  return (
    <form onSubmit={form.submit} className="max-w-md space-y-4" noValidate data-testid="change-password">
      <FormMessage error={form.formError} success={done} />
      <TextField
        label={t("account.password.current")}
        type="password"
        autoComplete="current-password"
        {...form.field("currentPassword")}
      />
      <TextField
        label={t("account.password.new")}
        hint={t("account.password.newHint")}
        type="password"
        autoComplete="new-password"
        {...form.field("newPassword")}
      />
      <TextField
        label={t("account.password.confirm")}
        type="password"
        autoComplete="new-password"
        {...form.field("confirmPassword")}
      />
      <SubmitButton pending={form.pending}>{t("account.password.submit")}</SubmitButton>
    </form>
  );
}

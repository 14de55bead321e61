"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { useAfterSave } from "@/components/forms/use-after-save";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { ROLES } from "@/lib/auth/permissions";
import { localeOptions } from "@/lib/i18n/settings";
import type { MutationInput } from "@/lib/mutations/define";
import { routes } from "@/lib/routes";
import { createUserAction, updateUserAction } from "@/lib/users/actions";
import type { createUser, updateUser } from "@/lib/users/mutations";
import { createUserSchema, updateUserSchema, type UserFormValues } from "@/lib/users/schemas";
import { OneTimeLink } from "./one-time-link";

type UserSave = MutationInput<typeof createUser> | MutationInput<typeof updateUser>;

/**
 * A new account, or an existing one's name, role, country and language. Editing starts from the
 * version shown; when the page shows another (after a save, or "load their version" after a
 * conflict), the form starts afresh from it.
 */
export function UserForm({
  lng,
  initial,
  edit,
  countries,
}: {
  lng: string;
  initial: UserFormValues;
  edit: { id: string; version: number } | null;
  countries: { code: string; name: string }[];
}) {
  const { t } = useTranslation("staff");
  const after = useAfterSave();
  const [created, setCreated] = useState<{ id: string; token: string } | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useMutationForm({
    initial,
    schema: edit ? updateUserSchema : createUserSchema,
    action: (input: UserSave) => ("id" in input ? updateUserAction(input) : createUserAction(input)),
    toInput: ({ email, ...values }): UserSave => (edit ? { ...values, ...edit } : { ...values, email }),
    warnOnLeave: t("unsaved"),
    resetOn: edit?.version,
    onSuccess: (data: { version?: number; id?: string; token?: string }) => {
      if (!edit && data.id && data.token) return setCreated({ id: data.id, token: data.token });
      setSaved(true);
      after.refresh();
    },
  });

  if (created) {
    return (
      <div className="space-y-4">
        <OneTimeLink lng={lng} token={created.token} />
        <a href={routes.admin.user(lng, created.id)} className="text-river-700 underline">
          {form.values.name}
        </a>
      </div>
    );
  }

  const text = (name: "email" | "name") => ({
    name,
    value: form.values[name],
    onChange: (value: string) => {
      setSaved(false);
      form.set(name, value);
    },
    problems: form.errors[name],
  });

  return (
    <form onSubmit={form.submit} className="max-w-xl space-y-4" noValidate data-testid="user-form">
      <FormMessage error={form.formError} success={saved ? t("users.form.saved") : null} />
      {form.formError === "conflict" && form.current && (
        <ConflictNotice current={form.current} mine={form.values} />
      )}
      {!edit && (
        <TextField label={t("users.form.email")} type="email" autoComplete="off" {...text("email")} />
      )}
      <TextField label={t("users.form.name")} autoComplete="off" {...text("name")} />
      <SelectField
        label={t("users.form.role")}
        {...form.field("role")}
        options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
      <SelectField
        label={t("users.form.country")}
        hint={t("users.form.countryHint")}
        {...form.field("countryCode")}
        options={[
          { value: "", label: t("users.form.noCountry") },
          ...countries.map((country) => ({ value: country.code, label: country.name })),
        ]}
      />
      <SelectField label={t("users.form.locale")} {...form.field("locale")} options={localeOptions} />
      <SubmitButton pending={form.pending}>
        {edit ? t("users.form.save") : t("users.form.create")}
      </SubmitButton>
    </form>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { ROLES } from "@/lib/auth/permissions";
import { endonyms, locales } from "@/lib/i18n/settings";
import { createUserAction, updateUserAction } from "@/lib/users/actions";
import { createUserSchema, updateUserSchema } from "@/lib/users/schemas";
import { ConflictNotice } from "./conflict-notice";
import { OneTimeLink } from "./one-time-link";

export type UserFormValues = {
  id?: string;
  version?: string;
  email: string;
  name: string;
  role: string;
  countryCode: string;
  locale: string;
};

export function UserForm({
  lng,
  initial,
  countries,
}: {
  lng: string;
  initial: UserFormValues;
  countries: { code: string; name: string }[];
}) {
  const { t } = useTranslation("staff");
  const router = useRouter();
  const editing = Boolean(initial.id);
  const [created, setCreated] = useState<{ id: string; token: string } | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useMutationForm({
    initial: initial as Record<string, string>,
    schema: editing ? updateUserSchema : createUserSchema,
    action: editing ? updateUserAction : createUserAction,
    warnOnLeave: t("unsaved"),
    onSuccess: (data: { version?: number; id?: string; token?: string }) => {
      if (!editing && data.id && data.token) {
        setCreated({ id: data.id, token: data.token });
        return;
      }
      setSaved(true);
      if (data.version) form.set("version", String(data.version));
      router.refresh();
    },
  });

  if (created) {
    return (
      <div className="space-y-4">
        <OneTimeLink lng={lng} token={created.token} />
        <a href={`/${lng}/admin/users/${created.id}`} className="text-river-700 underline">
          {form.values.name}
        </a>
      </div>
    );
  }

  const field = (name: keyof UserFormValues) => ({
    name,
    value: form.values[name] ?? "",
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
        <ConflictNotice
          current={form.current}
          mine={form.values}
          onReload={() =>
            form.setValues({
              ...form.values,
              ...Object.fromEntries(
                Object.entries(form.current!).map(([key, value]) => [
                  key,
                  value === null ? "" : String(value),
                ]),
              ),
            })
          }
        />
      )}
      {!editing && (
        <TextField label={t("users.form.email")} type="email" autoComplete="off" {...field("email")} />
      )}
      <TextField label={t("users.form.name")} autoComplete="off" {...field("name")} />
      <SelectField
        label={t("users.form.role")}
        {...field("role")}
        options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
      <SelectField
        label={t("users.form.country")}
        hint={t("users.form.countryHint")}
        {...field("countryCode")}
        options={[
          { value: "", label: t("users.form.noCountry") },
          ...countries.map((country) => ({ value: country.code, label: country.name })),
        ]}
      />
      <SelectField
        label={t("users.form.locale")}
        {...field("locale")}
        options={locales.map((locale) => ({ value: locale, label: endonyms[locale] }))}
      />
      <SubmitButton pending={form.pending}>
        {editing ? t("users.form.save") : t("users.form.create")}
      </SubmitButton>
    </form>
  );
}

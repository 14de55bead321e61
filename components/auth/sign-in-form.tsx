"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SubmitButton, TextField } from "@/components/forms/fields";
import { Notice } from "@/components/ui/notice";

type Failure = { kind: "invalid" | "invalidCode" | "unavailable" } | { kind: "locked"; minutes: number };

function failureOf(reason: string | undefined): Failure | "codeRequired" {
  if (reason === "codeRequired") return "codeRequired";
  if (reason === "invalid" || reason === "invalidCode") return { kind: reason };
  const locked = /^locked:(\d+)$/.exec(reason ?? "");
  if (locked) return { kind: "locked", minutes: Number(locked[1]) };
  return { kind: "unavailable" };
}

export function SignInForm({ next }: { next: string }) {
  const { t } = useTranslation("staff");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [needsCode, setNeedsCode] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    setFailure(null);
    const result = await signIn("credentials", {
      redirect: false,
      email,
      password,
      code: needsCode ? code : "",
    });
    if (result?.ok && !result.error) {
      window.location.assign(next);
      return;
    }
    setPending(false);
    const outcome = failureOf(result?.error ?? undefined);
    if (outcome === "codeRequired") {
      setNeedsCode(true);
      return;
    }
    setFailure(outcome);
  };

  const message =
    failure?.kind === "locked"
      ? t("signIn.locked", { count: failure.minutes })
      : failure
        ? t(`signIn.${failure.kind}`)
        : null;

  return (
    <form onSubmit={submit} className="max-w-md space-y-4" noValidate>
      <div aria-live="assertive" className="min-h-6">
        {message && (
          <Notice tone="error" compact data-testid="sign-in-error">
            {message}
          </Notice>
        )}
        {!message && needsCode && <p className="text-sm text-slate-700">{t("signIn.codePrompt")}</p>}
      </div>
      <TextField
        label={t("signIn.email")}
        name="email"
        type="email"
        autoComplete="username"
        value={email}
        onChange={setEmail}
        required
      />
      <TextField
        label={t("signIn.password")}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        required
      />
      {needsCode && (
        <TextField
          label={t("signIn.code")}
          name="code"
          autoComplete="one-time-code"
          inputMode="text"
          value={code}
          onChange={setCode}
          required
        />
      )}
      <SubmitButton pending={pending}>{pending ? t("signIn.submitting") : t("signIn.submit")}</SubmitButton>
      <p className="text-sm text-slate-600">{t("signIn.forgot")}</p>
    </form>
  );
}

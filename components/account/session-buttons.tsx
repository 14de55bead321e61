"use client";

import { signOut } from "next-auth/react";
import { useTransition } from "react";
import { ActionButton } from "@/components/forms/action-button";
import { buttonClass } from "@/components/ui/button";
import { endSessionAction, signOutEverywhereAction } from "@/lib/account/actions";
import { routes } from "@/lib/routes";

export function EndSessionButton({ id, label }: { id: string; label: string }) {
  return <ActionButton label={label} action={endSessionAction} input={{ id }} />;
}

export function SignOutEverywhereButton({ lng, label }: { lng: string; label: string }) {
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await signOutEverywhereAction();
          await signOut({ callbackUrl: routes.signIn(lng) });
        })
      }
      className={buttonClass("secondary", "border-red-700 text-red-800 hover:bg-red-50")}
      data-testid="sign-out-everywhere"
    >
      {label}
    </button>
  );
}

"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { endSessionAction, signOutEverywhereAction } from "@/lib/account/actions";

export function EndSessionButton({ id, label }: { id: string; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await endSessionAction({ id });
          router.refresh();
        })
      }
      className="text-sm text-river-700 underline disabled:opacity-60"
    >
      {label}
    </button>
  );
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
          await signOut({ callbackUrl: `/${lng}/sign-in` });
        })
      }
      className="rounded border border-red-700 px-4 py-2 text-red-800 hover:bg-red-50 disabled:opacity-60"
      data-testid="sign-out-everywhere"
    >
      {label}
    </button>
  );
}

"use client";

import { signOut } from "next-auth/react";
import { routes } from "@/lib/routes";

export function SignOutButton({ lng, label }: { lng: string; label: string }) {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: routes.home(lng) })}
      className="rounded border border-slate-400 px-3 py-1 hover:bg-white"
    >
      {label}
    </button>
  );
}

"use client";

import { useRouter } from "next/navigation";

/**
 * What a page does after a successful save, the same everywhere: stay and show the page afresh
 * (the server renders it again; client forms keyed by their record's version start from the saved
 * state), or go to the page of what was saved. No full reload.
 */
export function useAfterSave() {
  const router = useRouter();
  return { refresh: () => router.refresh(), goTo: (href: string) => router.push(href) };
}

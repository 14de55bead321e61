"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and until React has hydrated the page. Forms submitted by script
 * keep their buttons disabled until then: a click before hydration would otherwise submit the
 * form natively as a GET, putting what was typed (a password, a narrative) into the URL.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

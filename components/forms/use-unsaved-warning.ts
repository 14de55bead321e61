"use client";

import { useCallback, useEffect, useRef } from "react";

/**
 * Asks before the page is left (reload, close, another address) while `dirty`. Returns a function
 * to call just before navigating away on purpose (after a successful save).
 */
export function useUnsavedWarning(dirty: boolean, message: string | undefined): () => void {
  const released = useRef(false);
  useEffect(() => {
    if (!message || !dirty) return;
    released.current = false;
    const warn = (event: BeforeUnloadEvent) => {
      if (released.current) return;
      event.preventDefault();
      event.returnValue = message;
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty, message]);
  return useCallback(() => {
    released.current = true;
  }, []);
}

"use client";

import { useEffect, useRef } from "react";

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * Whether the reader changed `control` after the server's HTML arrived: React's hydration keeps
 * what the page shows (and sets the defaults to the server's values), so the two differ only then.
 */
export function changedBeforeHydration(control: Control): boolean {
  if (control instanceof HTMLSelectElement) {
    const options = [...control.options];
    // Without a default selection (a value none of the options has) nothing tells a change apart.
    return (
      options.some((option) => option.defaultSelected) &&
      options.some((o) => o.selected !== o.defaultSelected)
    );
  }
  if (control instanceof HTMLInputElement && (control.type === "checkbox" || control.type === "radio"))
    return control.checked !== control.defaultChecked;
  return control.value !== control.defaultValue;
}

/**
 * A control of a script-driven form can be changed between the server's HTML and hydration (a slow
 * phone, a quick hand). React then shows the change but its state still holds the old value: the
 * next render puts the old value back and the form saves it. Once mounted, the control (or, for a
 * group, the controls inside the element) hands such a change to `adopt` as if it had been made
 * after hydration. Returns the ref for the control or the group's element.
 */
export function useEarlyInput<E extends Element, T>(read: (element: E) => T, adopt: (value: T) => void) {
  const ref = useRef<E>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const controls =
      element instanceof HTMLInputElement ||
      element instanceof HTMLSelectElement ||
      element instanceof HTMLTextAreaElement
        ? [element]
        : [...element.querySelectorAll<Control>("input, select, textarea")];
    if (controls.some(changedBeforeHydration)) adopt(read(element));
    // Once, when the control first mounts: later changes come through its events.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return ref;
}

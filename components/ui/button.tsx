// Buttons and links that look like buttons: one set of styles, focus rings and disabled states for
// the whole portal. No hooks, so server and client components both use them.
import type { AnchorHTMLAttributes, ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "quiet";

const FOCUS =
  "focus:outline-none focus-visible:ring-2 focus-visible:ring-river-600 focus-visible:ring-offset-2";
const VARIANTS: Record<ButtonVariant, string> = {
  primary: "rounded bg-river-700 px-4 py-2 font-semibold text-white hover:bg-river-800",
  secondary: "rounded border border-river-600 px-4 py-2 font-semibold text-river-800 hover:bg-river-50",
  quiet: "rounded border border-slate-400 px-3 py-1.5 text-sm hover:bg-slate-50",
};

/** The classes of a button of `variant` (for the rare control that cannot be a Button or ButtonLink). */
export function buttonClass(variant: ButtonVariant = "secondary", extra = ""): string {
  return `inline-block ${VARIANTS[variant]} ${FOCUS} disabled:cursor-not-allowed disabled:opacity-60 ${extra}`.trim();
}

/** A button; `type="button"` unless said otherwise, so it never submits a form by accident. */
export function Button({
  variant = "secondary",
  className = "",
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}

/** A link that looks like a button: it goes somewhere (a form, a download), it changes nothing. */
export function ButtonLink({
  variant = "secondary",
  className = "",
  children,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; variant?: ButtonVariant }) {
  return (
    <a className={buttonClass(variant, className)} {...props}>
      {children}
    </a>
  );
}

import "server-only";
// What next-auth's endpoints accept. next-auth 4 throws on a callback URL it cannot parse
// ("http://127.0.0.1:3999.evil.example/") and on control characters it copies into a redirect
// (?error=%00): both reached clients as 500s. Such requests, and bodies larger than a sign-in form,
// are refused before next-auth sees them (app/api/auth/[...nextauth]/route.ts).
import { readLimitedBody } from "@/lib/http/limited-body";

/** More than any sign-in, sign-out or session request carries. */
export const MAX_AUTH_BODY_BYTES = 16 * 1024;
const CONTROL = /[\u0000-\u001f\u007f]/;
const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** A callback URL the portal may redirect to: a path on this portal, or an address of its own origin. */
export function isSafeCallback(value: string, origin: string): boolean {
  if (value.startsWith("/")) return !value.startsWith("//") && !value.includes("\\");
  try {
    return new URL(value).origin === origin;
  } catch {
    return false;
  }
}

const acceptable = (name: string, value: string, origin: string) =>
  !CONTROL.test(value) && (name !== "callbackUrl" || isSafeCallback(value, origin));

function cookieValues(request: Request): [string, string][] {
  return (request.headers.get("cookie") ?? "").split(";").flatMap((part) => {
    const [name = "", ...rest] = part.trim().split("=");
    return CALLBACK_COOKIES.includes(name) ? [[name, rest.join("=")]] : [];
  });
}

/**
 * Whether a request to next-auth carries nothing it would fail on: no control character in the
 * query or the form, no callback URL (query, form or cookie) that is not this portal's, and a body
 * no larger than a sign-in form. Reads a clone: next-auth reads the body again.
 */
export async function isAcceptableAuthRequest(request: Request, origin: string): Promise<boolean> {
  for (const [name, value] of new URL(request.url).searchParams)
    if (!acceptable(name, value, origin)) return false;
  for (const [, raw] of cookieValues(request)) {
    let value: string;
    try {
      value = decodeURIComponent(raw);
    } catch {
      return false;
    }
    if (!acceptable("callbackUrl", value, origin)) return false;
  }
  if (request.method !== "POST") return true;
  const body = await readLimitedBody(request.clone(), MAX_AUTH_BODY_BYTES);
  if (body === "tooLarge") return false;
  for (const [name, value] of new URLSearchParams(body.toString("utf8")))
    if (!acceptable(name, value, origin)) return false;
  return true;
}

import NextAuth from "next-auth";
import { isAcceptableAuthRequest } from "@/lib/auth/auth-request";
import { authOptions } from "@/lib/auth/options";
import { plainText } from "@/lib/http/plain-response";
import { badRequestText } from "@/lib/http/malformed-url";

const nextAuth = NextAuth(authOptions);

/**
 * next-auth's endpoints (sign-in, sign-out, session, CSRF token), behind a guard: a request it
 * would fail on gets a 400 in the reader's language, never a 500 (lib/auth/auth-request.ts).
 */
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const origin = new URL(process.env.NEXTAUTH_URL ?? request.url).origin;
  if (!(await isAcceptableAuthRequest(request, origin))) {
    const lng = /(?:^|;\s*)lng=([a-z]{2})/.exec(request.headers.get("cookie") ?? "")?.[1];
    return plainText(400, badRequestText(`/${lng ?? ""}`).text);
  }
  return nextAuth(request, context);
}

export { handler as GET, handler as POST };

import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { logEvent } from "@/lib/log";
import { CLIENT_IP_HEADER } from "./client-ip";
import { authSecret } from "./secret";
import { revokeSessions, SESSION_ABSOLUTE_MS } from "./sessions";
import { attemptSignIn } from "./sign-in";

function header(headers: Record<string, unknown> | undefined, name: string): string | null {
  const value = headers?.[name];
  return typeof value === "string" ? value : null;
}

/**
 * next-auth keeps only a session id in its encrypted cookie (JWT strategy, which Credentials
 * requires); everything else is read from the database on every request by getActor().
 */
export const authOptions: NextAuthOptions = {
  get secret() {
    return authSecret();
  },
  session: { strategy: "jwt", maxAge: SESSION_ABSOLUTE_MS / 1000 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, request) {
        const result = await attemptSignIn(getDb(), {
          email: String(credentials?.email ?? "").slice(0, 320),
          password: String(credentials?.password ?? "").slice(0, 256),
          code: String(credentials?.code ?? "").slice(0, 32),
          ip: header(request?.headers, CLIENT_IP_HEADER),
          userAgent: header(request?.headers, "user-agent"),
        }).catch((error: unknown) => {
          // next-auth hands an error's message to the browser: only the reasons the sign-in form
          // translates may reach it, never a database's or a cipher's words.
          logEvent("auth.signInError", { error: error instanceof Error ? error.message : String(error) });
          return { ok: false as const, reason: "unavailable" };
        });
        if (!result.ok) throw new Error(result.reason);
        return { id: result.userId, sessionId: result.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sid = (user as unknown as { sessionId: string }).sessionId;
      return token;
    },
    // The browser learns nothing about the account from the session endpoint.
    session({ session, token }) {
      return { expires: session.expires, sid: token.sid } as typeof session;
    },
  },
  events: {
    async signOut({ token }) {
      const sessionId = token?.sid as string | undefined;
      if (!sessionId) return;
      const db = getDb();
      const session = await db.session.findUnique({ where: { id: sessionId }, select: { userId: true } });
      await revokeSessions(db, { id: sessionId });
      if (session)
        await recordAudit(db, { actor: null, ip: null }, [
          { action: "auth.signOut", entityType: "User", entityId: session.userId },
        ]);
    },
  },
};

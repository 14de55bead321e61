import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "./permissions";

/** What an actor is made of, read from the account every time (a role in a cookie is never trusted). */
export const ACCOUNT_FIELDS = {
  id: true,
  email: true,
  name: true,
  role: true,
  countryCode: true,
  locale: true,
  totpEnabledAt: true,
  disabledAt: true,
} satisfies Prisma.UserSelect;

type Account = Prisma.UserGetPayload<{ select: typeof ACCOUNT_FIELDS }>;

/** The actor of an account, acting in `sessionId` ("" for work done without a session). */
export function actorOf(user: Account, sessionId: string): Actor {
  return {
    userId: user.id,
    sessionId,
    email: user.email,
    name: user.name,
    role: user.role,
    countryCode: user.countryCode,
    locale: user.locale,
    twoFactorEnabled: user.totpEnabledAt !== null,
  };
}

/**
 * The actor for work done later on someone's behalf (a queued import): their account as it is
 * when the work runs, so a role, a country or a disabled account changed in the meantime applies.
 * There is no session behind it: null when the account is gone or disabled.
 */
export async function actorOfAccount(db: Db, userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: ACCOUNT_FIELDS });
  return user && !user.disabledAt ? actorOf(user, "") : null;
}

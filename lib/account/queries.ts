import "server-only";
import { openTotpSecret } from "@/lib/auth/totp";
import { getDb } from "@/lib/db/client";
import { defineRead } from "@/lib/reads/define";

/** The signed-in user's own account: second factor, sessions, recovery codes left. */
export const getAccountOverview = defineRead("account.overview", "account.manage", async (viewer) => {
  const userId = viewer.userId;
  const db = getDb();
  const [user, sessions, recoveryCodesLeft] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, name: true, totpEnabledAt: true, totpSecret: true, lastSignInAt: true },
    }),
    db.session.findMany({
      where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { lastSeenAt: "desc" },
      select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
    }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  const { totpSecret, ...account } = user;
  // A secret sealed under another server secret: the owner is told to enrol again.
  const authenticatorReadable = totpSecret === null || openTotpSecret(totpSecret) !== null;
  return { user: account, authenticatorReadable, sessions, recoveryCodesLeft };
});

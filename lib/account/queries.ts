import "server-only";
import { getDb } from "@/lib/db/client";
import { defineRead } from "@/lib/reads/define";

/** The signed-in user's own account: second factor, sessions, recovery codes left. */
export const getAccountOverview = defineRead("account.overview", "account.manage", async (viewer) => {
  const userId = viewer.userId;
  const db = getDb();
  const [user, sessions, recoveryCodesLeft] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, name: true, totpEnabledAt: true, lastSignInAt: true },
    }),
    db.session.findMany({
      where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { lastSeenAt: "desc" },
      select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
    }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { user, sessions, recoveryCodesLeft };
});

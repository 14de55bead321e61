import "server-only";
import { getDb } from "@/lib/db/client";

export async function getAccountOverview(userId: string) {
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
}

import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/create-client";
import { ACCOUNT_FIELDS } from "./account-actor";

/** A session ends 12 hours after sign-in, or after 30 minutes without a request. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** lastSeenAt is written at most once a minute per session. */
const TOUCH_EVERY_MS = 60 * 1000;

type Client = Db | Prisma.TransactionClient;

export async function createSession(
  db: Client,
  userId: string,
  ip: string | null,
  userAgent: string | null,
  now = new Date(),
) {
  return db.session.create({
    data: {
      userId,
      ip,
      userAgent: userAgent?.slice(0, 300) ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    },
    select: { id: true },
  });
}

/** The live session with its user, or null when it is revoked, expired, idle or its user disabled. */
export async function loadLiveSession(db: Db, sessionId: string, now = new Date()) {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    include: { user: { select: ACCOUNT_FIELDS } },
  });
  if (!session || session.revokedAt || session.user.disabledAt) return null;
  if (session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return session;
}

export async function revokeSessions(
  db: Client,
  where: { userId: string; exceptId?: string } | { id: string },
  now = new Date(),
) {
  const filter =
    "id" in where
      ? { id: where.id }
      : { userId: where.userId, ...(where.exceptId ? { id: { not: where.exceptId } } : {}) };
  const { count } = await db.session.updateMany({
    where: { ...filter, revokedAt: null },
    data: { revokedAt: now },
  });
  return count;
}

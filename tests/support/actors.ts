// Real accounts and sessions for integration tests: each call creates a fresh user, so tests can
// change, disable or sign out their actors without disturbing each other.
import { randomUUID } from "node:crypto";
import { actorOf } from "@/lib/auth/account-actor";
import { hashPassword } from "@/lib/auth/passwords";
import type { Actor, Role } from "@/lib/auth/permissions";
import { sealTotpSecret } from "@/lib/auth/totp";
import type { Db } from "@/lib/db/create-client";

export const TEST_PASSWORD = "Mekong-test-password-7";
export const TEST_TOTP_SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";

let passwordHash: Promise<string> | undefined;

export async function createTestUser(
  db: Db,
  {
    role,
    countryCode = role === "secretariat" ? "TH" : null,
    totp = role === "admin" || role === "coordinator",
    disabled = false,
  }: {
    role: Role;
    countryCode?: string | null;
    totp?: boolean;
    disabled?: boolean;
  },
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const tag = randomUUID().slice(0, 8);
  return db.user.create({
    data: {
      email: `${role}.${tag}@test.lmc.invalid`,
      name: `Test ${role} ${tag}`,
      role,
      countryCode,
      locale: "en",
      passwordHash: await passwordHash,
      disabledAt: disabled ? new Date() : null,
      ...(totp ? { totpSecret: sealTotpSecret(TEST_TOTP_SECRET), totpEnabledAt: new Date() } : {}),
    },
  });
}

/** A signed-in actor: a fresh user with a live session, as getActor() would return it. */
export async function createActor(db: Db, options: Parameters<typeof createTestUser>[1]): Promise<Actor> {
  const user = await createTestUser(db, options);
  const session = await db.session.create({
    data: { userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  return actorOf(user, session.id);
}

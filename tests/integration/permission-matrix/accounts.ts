// The permission matrix's rows for accounts (their own password, second factor, sessions) and
// users (admins): who may run each mutation on a record of their own country or another's, and
// the input it is tried with (../permission-matrix.test.ts).
import { randomUUID } from "node:crypto";
import { Secret } from "otpauth";
import { sealEnrollment } from "@/lib/account/mutations";
import { randomToken, tokenHash } from "@/lib/auth/tokens";
import { createTestUser, TEST_PASSWORD, TEST_TOTP_SECRET } from "../../support/actors";
import { code, countryOf, db, everyone, NEW_PASSWORD, type Row, targetUser, WHO } from "./shared";

export const accountsRows: Record<string, Row> = {
  "users.create": {
    allowed: everyone("admin"),
    input: async (_actor, relation) => ({
      email: `new.${randomUUID().slice(0, 8)}@test.lmc.invalid`,
      name: "New Secretariat Officer",
      role: "secretariat",
      countryCode: countryOf(relation),
      locale: "th",
    }),
  },
  "users.update": {
    allowed: everyone("admin"),
    input: async (_actor, relation) => {
      const user = await targetUser(relation);
      return {
        id: user.id,
        version: user.version,
        name: "Renamed",
        role: "secretariat",
        countryCode: user.countryCode,
        locale: "vi",
      };
    },
  },
  "users.disable": {
    allowed: everyone("admin"),
    input: async (_actor, relation) => {
      const user = await targetUser(relation);
      return { id: user.id, version: user.version };
    },
  },
  "users.enable": {
    allowed: everyone("admin"),
    input: async (_actor, relation) => {
      const user = await targetUser(relation, { disabled: true });
      return { id: user.id, version: user.version };
    },
  },
  "users.issueResetLink": {
    allowed: everyone("admin"),
    input: async (_actor, relation) => ({ id: (await targetUser(relation)).id }),
  },
  "users.forceSignOut": {
    allowed: everyone("admin"),
    input: async (_actor, relation) => ({ id: (await targetUser(relation)).id }),
  },
  "users.resetTwoFactor": {
    allowed: everyone("admin"),
    input: async (_actor, relation) => ({ id: (await targetUser(relation)).id }),
  },
  // The account mutations act on the actor's own account: the country makes no difference.
  "account.changePassword": {
    allowed: everyone("admin", "coordinator", "secretariat", "viewer"),
    input: async () => ({
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    }),
  },
  "account.enableTwoFactor": {
    allowed: everyone("admin", "coordinator", "secretariat", "viewer"),
    input: async (actor) => {
      const secret = new Secret({ size: 20 }).base32;
      return {
        enrollment: sealEnrollment(secret, actor?.userId ?? randomUUID()),
        code: code(secret),
        password: TEST_PASSWORD,
      };
    },
  },
  // Admins and coordinators must keep their second factor.
  "account.disableTwoFactor": {
    allowed: everyone("secretariat", "viewer"),
    input: async () => ({ password: TEST_PASSWORD }),
  },
  "account.regenerateRecoveryCodes": {
    allowed: everyone("admin", "coordinator", "secretariat", "viewer"),
    input: async () => ({ code: code(TEST_TOTP_SECRET) }),
  },
  "account.startTwoFactor": {
    allowed: everyone("admin", "coordinator", "secretariat", "viewer"),
    input: async () => ({}),
  },
  "account.signOutEverywhere": {
    allowed: everyone("admin", "coordinator", "secretariat", "viewer"),
    input: async () => ({}),
  },
  "account.endSession": {
    allowed: everyone("admin", "coordinator", "secretariat", "viewer"),
    input: async (actor) => {
      const owner = actor?.userId ?? (await createTestUser(db, { role: "viewer" })).id;
      const session = await db.session.create({
        data: { userId: owner, expiresAt: new Date(Date.now() + 3_600_000) },
      });
      return { id: session.id };
    },
  },
  // Proven by the one-time link, not by a session.
  "account.resetPasswordWithLink": {
    allowed: everyone(...WHO),
    input: async (_actor, relation) => {
      const user = await targetUser(relation);
      const token = randomToken();
      await db.passwordReset.create({
        data: { userId: user.id, tokenHash: tokenHash(token), expiresAt: new Date(Date.now() + 3_600_000) },
      });
      return { token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    },
  },
};

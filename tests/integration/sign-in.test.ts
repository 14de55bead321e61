import { Secret, TOTP } from "otpauth";
import { afterAll, describe, expect, it } from "vitest";
import { loadLiveSession, SESSION_IDLE_MS } from "@/lib/auth/sessions";
import { SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { createPrismaClient } from "@/lib/db/create-client";
import { disableUser, issueResetLink } from "@/lib/users/mutations";
import {
  enableTwoFactor,
  regenerateRecoveryCodes,
  resetPasswordWithLink,
  sealEnrollment,
  signOutEverywhere,
} from "@/lib/account/mutations";
import { getAccountOverview } from "@/lib/account/queries";
import { createActor, createTestUser, TEST_PASSWORD, TEST_TOTP_SECRET } from "../support/actors";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

/** The code of the current 30-second step, or of one step later (the server allows one of drift). */
const totpCode = (stepsAhead = 0) =>
  new TOTP({ secret: Secret.fromBase32(TEST_TOTP_SECRET) }).generate({
    timestamp: Date.now() + stepsAhead * 30_000,
  });
let address = 0;
/** Each test signs in from an address of its own, so per-address counting does not leak between tests. */
const freshIp = () => `192.0.2.${++address}`;

describe("signing in", () => {
  it("opens a session with the right password and says nothing specific otherwise", async () => {
    const user = await createTestUser(db, { role: "viewer" });
    const ip = freshIp();
    expect(
      await attemptSignIn(db, {
        email: user.email.toUpperCase(),
        password: TEST_PASSWORD,
        ip,
        userAgent: "test",
      }),
    ).toMatchObject({ ok: true, userId: user.id });
    expect(
      await attemptSignIn(db, { email: user.email, password: "wrong password!", ip, userAgent: null }),
    ).toEqual({ ok: false, reason: "invalid" });
    expect(
      await attemptSignIn(db, {
        email: "nobody@test.lmc.invalid",
        password: TEST_PASSWORD,
        ip,
        userAgent: null,
      }),
    ).toEqual({ ok: false, reason: "invalid" });
  });

  const wrong = (email: string, ip: string) =>
    attemptSignIn(db, { email, password: "wrong password!", ip, userAgent: null });
  const right = (email: string, ip: string) =>
    attemptSignIn(db, { email, password: TEST_PASSWORD, ip, userAgent: null });

  it("locks an account from one address after 5 failures; its owner elsewhere still signs in", async () => {
    const user = await createTestUser(db, { role: "viewer" });
    const stranger = freshIp();
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await wrong(user.email, stranger)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await wrong(user.email, stranger)).toEqual({ ok: false, reason: "locked:15" });
    // Even the right password is refused from there while the lock lasts.
    expect(await right(user.email, stranger)).toEqual({ ok: false, reason: "locked:15" });
    expect(await right(user.email, freshIp())).toMatchObject({ ok: true });
  });

  it("locks an account after 20 failures from many addresses, but not from the owner's usual address", async () => {
    const user = await createTestUser(db, { role: "viewer" });
    const usual = freshIp();
    expect(await right(user.email, usual)).toMatchObject({ ok: true });
    for (let attempt = 1; attempt <= SIGN_IN_LIMITS.account; attempt++) await wrong(user.email, freshIp());
    expect(await right(user.email, freshIp())).toEqual({ ok: false, reason: "locked:15" });
    expect(await right(user.email, usual)).toMatchObject({ ok: true });
  });

  it("counts parallel failures before checking them: 12 guesses at once, 5 passwords checked", async () => {
    const user = await createTestUser(db, { role: "viewer" });
    const ip = freshIp();
    const results = await Promise.all(Array.from({ length: 12 }, () => wrong(user.email, ip)));
    const checked = await db.auditEvent.count({ where: { action: "auth.signInFailed", entityId: user.id } });
    expect(checked).toBe(SIGN_IN_LIMITS.pair);
    expect(results.filter((result) => !result.ok && result.reason === "locked:15")).toHaveLength(12 - 4);
    expect(await right(user.email, ip)).toEqual({ ok: false, reason: "locked:15" });
  });

  it("does not count a sign-in or a request for the second factor as a failure", async () => {
    const admin = await createTestUser(db, { role: "admin" });
    const ip = freshIp();
    for (let attempt = 1; attempt <= SIGN_IN_LIMITS.pair + 2; attempt++) {
      expect(await right(admin.email, ip)).toEqual({ ok: false, reason: "codeRequired" });
    }
    const counters = await db.rateLimit.findMany({ where: { key: { contains: admin.email } } });
    expect(counters.every((counter) => counter.points === 0)).toBe(true);
  });

  it("deletes counters an hour after their window ended", async () => {
    const stale = {
      key: `signin-account:stale.${freshIp()}`,
      points: 3,
      expire: new Date(Date.now() - 3_700_000),
    };
    await db.rateLimit.create({ data: stale });
    await wrong("nobody@test.lmc.invalid", freshIp());
    expect(await db.rateLimit.findUnique({ where: { key: stale.key } })).toBeNull();
  });

  it("locks an address after 30 failures across accounts", async () => {
    const ip = freshIp();
    for (let attempt = 1; attempt <= SIGN_IN_LIMITS.address; attempt++) {
      await wrong(`guess${attempt}@test.lmc.invalid`, ip);
    }
    const user = await createTestUser(db, { role: "viewer" });
    expect(await right(user.email, ip)).toEqual({ ok: false, reason: "locked:15" });
    expect(await right(user.email, freshIp())).toMatchObject({ ok: true });
  });

  it("asks admins for their second factor, and accepts a recovery code once", async () => {
    const admin = await createActor(db, { role: "admin" });
    const ip = freshIp();
    const base = { email: admin.email, password: TEST_PASSWORD, ip, userAgent: null };
    expect(await attemptSignIn(db, base)).toEqual({ ok: false, reason: "codeRequired" });
    expect(await attemptSignIn(db, { ...base, code: "000000" })).toEqual({
      ok: false,
      reason: "invalidCode",
    });
    const code = totpCode();
    expect(await attemptSignIn(db, { ...base, code })).toMatchObject({ ok: true });
    // A code works once: seen over a shoulder or caught by a phishing page, it is already spent.
    expect(await attemptSignIn(db, { ...base, code })).toEqual({ ok: false, reason: "invalidCode" });
    expect(await regenerateRecoveryCodes.execute({ db, actor: admin, ip }, { code })).toMatchObject({
      ok: false,
      error: "wrongCode",
    });

    const regenerated = await regenerateRecoveryCodes.execute(
      { db, actor: admin, ip },
      { code: totpCode(1) },
    );
    const [recovery] = regenerated.ok ? regenerated.data.recoveryCodes : [];
    expect(await attemptSignIn(db, { ...base, code: recovery!.toUpperCase() })).toMatchObject({ ok: true });
    expect(await attemptSignIn(db, { ...base, code: recovery })).toEqual({
      ok: false,
      reason: "invalidCode",
    });
  });

  it("accepts recovery codes when the authenticator's secret was sealed under another server secret", async () => {
    const admin = await createActor(db, { role: "admin" });
    const ip = freshIp();
    const regenerated = await regenerateRecoveryCodes.execute({ db, actor: admin, ip }, { code: totpCode() });
    const [recovery] = regenerated.ok ? regenerated.data.recoveryCodes : [];
    const base = { email: admin.email, password: TEST_PASSWORD, ip, userAgent: null };
    const original = process.env.NEXTAUTH_SECRET;
    process.env.NEXTAUTH_SECRET = "another-server-secret-of-at-least-32-characters";
    try {
      expect(await attemptSignIn(db, { ...base, code: totpCode() })).toEqual({
        ok: false,
        reason: "invalidCode",
      });
      expect(await attemptSignIn(db, { ...base, code: recovery! })).toMatchObject({ ok: true });
      expect((await getAccountOverview(admin)).authenticatorReadable).toBe(false);

      // Enrolling again replaces the secret; it takes the password, so an open session is not enough.
      const secret = new Secret({ size: 20 }).base32;
      const enrollment = sealEnrollment(secret, admin.userId);
      const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
      const context = { db, actor: admin, ip };
      expect(await enableTwoFactor.execute(context, { enrollment, code })).toMatchObject({
        ok: false,
        error: "wrongPassword",
      });
      expect(
        await enableTwoFactor.execute(context, { enrollment, code, password: TEST_PASSWORD }),
      ).toMatchObject({ ok: true });
      expect((await getAccountOverview(admin)).authenticatorReadable).toBe(true);
      const next = new TOTP({ secret: Secret.fromBase32(secret) }).generate({
        timestamp: Date.now() + 30_000,
      });
      expect(await attemptSignIn(db, { ...base, code: next })).toMatchObject({ ok: true });
    } finally {
      process.env.NEXTAUTH_SECRET = original;
    }
  });

  it("refuses disabled accounts", async () => {
    const user = await createTestUser(db, { role: "viewer", disabled: true });
    expect(
      await attemptSignIn(db, { email: user.email, password: TEST_PASSWORD, ip: freshIp(), userAgent: null }),
    ).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("a session", () => {
  it("ends at once when its user is disabled or signs out everywhere", async () => {
    const admin = await createActor(db, { role: "admin" });
    const viewer = await createActor(db, { role: "viewer" });
    expect(await loadLiveSession(db, viewer.sessionId)).not.toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { id: viewer.userId } });
    expect(
      (await disableUser.execute({ db, actor: admin, ip: null }, { id: user.id, version: user.version })).ok,
    ).toBe(true);
    expect(await loadLiveSession(db, viewer.sessionId)).toBeNull();

    const other = await createActor(db, { role: "secretariat" });
    expect((await signOutEverywhere.execute({ db, actor: other, ip: null }, {})).ok).toBe(true);
    expect(await loadLiveSession(db, other.sessionId)).toBeNull();
  });

  it("ends after 30 idle minutes and 12 hours at most", async () => {
    const actor = await createActor(db, { role: "viewer" });
    const now = new Date();
    expect(
      await loadLiveSession(db, actor.sessionId, new Date(now.getTime() + SESSION_IDLE_MS - 60_000)),
    ).not.toBeNull();
    expect(
      await loadLiveSession(db, actor.sessionId, new Date(now.getTime() + 2 * SESSION_IDLE_MS + 120_000)),
    ).toBeNull();
    await db.session.update({
      where: { id: actor.sessionId },
      data: { lastSeenAt: now, expiresAt: new Date(now.getTime() - 1) },
    });
    expect(await loadLiveSession(db, actor.sessionId, now)).toBeNull();
  });

  it("sees a new role or country on the very next request", async () => {
    const actor = await createActor(db, { role: "secretariat", countryCode: "TH" });
    await db.user.update({ where: { id: actor.userId }, data: { countryCode: "VN" } });
    expect((await loadLiveSession(db, actor.sessionId))!.user.countryCode).toBe("VN");
  });
});

describe("a password link", () => {
  it("is spent by exactly one of two requests that use it at the same moment", async () => {
    const admin = await createActor(db, { role: "admin" });
    const user = await createTestUser(db, { role: "viewer" });
    const issued = await issueResetLink.execute({ db, actor: admin, ip: null }, { id: user.id });
    const token = issued.ok ? issued.data.token : "";
    const reset = (newPassword: string) =>
      resetPasswordWithLink.execute(
        { db, actor: null, ip: freshIp() },
        { token, newPassword, confirmPassword: newPassword },
      );
    const results = await Promise.all([
      reset("first river of the delta"),
      reset("second river of the delta"),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ ok: false, error: "linkExpired" });
    expect(await reset("third river of the delta")).toMatchObject({ ok: false, error: "linkExpired" });
  });
});

import { Secret, TOTP } from "otpauth";
import { afterAll, describe, expect, it } from "vitest";
import { loadLiveSession, SESSION_IDLE_MS } from "@/lib/auth/sessions";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { createPrismaClient } from "@/lib/db/create-client";
import { disableUser } from "@/lib/users/mutations";
import { regenerateRecoveryCodes, signOutEverywhere } from "@/lib/account/mutations";
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

  it("locks an account for 15 minutes after 5 failures, whatever the address", async () => {
    const user = await createTestUser(db, { role: "viewer" });
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(
        await attemptSignIn(db, {
          email: user.email,
          password: "wrong password!",
          ip: freshIp(),
          userAgent: null,
        }),
      ).toEqual({ ok: false, reason: "invalid" });
    }
    expect(
      await attemptSignIn(db, {
        email: user.email,
        password: "wrong password!",
        ip: freshIp(),
        userAgent: null,
      }),
    ).toEqual({ ok: false, reason: "locked:15" });
    // Even the right password is refused while locked.
    expect(
      await attemptSignIn(db, { email: user.email, password: TEST_PASSWORD, ip: freshIp(), userAgent: null }),
    ).toEqual({ ok: false, reason: "locked:15" });
    const counter = await db.rateLimit.findUniqueOrThrow({ where: { key: `signin-account:${user.email}` } });
    expect(counter.points).toBeGreaterThanOrEqual(5);
  });

  it("locks an address after 30 failures across accounts", async () => {
    const ip = freshIp();
    for (let attempt = 1; attempt <= 30; attempt++) {
      await attemptSignIn(db, {
        email: `guess${attempt}@test.lmc.invalid`,
        password: "wrong password!",
        ip,
        userAgent: null,
      });
    }
    const user = await createTestUser(db, { role: "viewer" });
    expect(
      await attemptSignIn(db, { email: user.email, password: TEST_PASSWORD, ip, userAgent: null }),
    ).toEqual({ ok: false, reason: "locked:15" });
    expect(
      await attemptSignIn(db, { email: user.email, password: TEST_PASSWORD, ip: freshIp(), userAgent: null }),
    ).toMatchObject({ ok: true });
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

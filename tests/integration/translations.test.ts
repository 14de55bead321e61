// The translation desk against the real database: who may translate which locale, stale marking,
// Zawgyi refusal, optimistic concurrency, and the audit trail.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { markReviewed, saveTranslation } from "@/lib/translations/mutations";
import { createActor } from "../support/actors";
import { createTestText, translationOf } from "../support/translations";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const ZAWGYI = "ႏိုင္ငံေတာ္၏အတုိင္ပင္ခံပုဂၢိဳလ္ ေဒၚေအာင္ဆန္းစုၾကည္သည္ ယေန႔နံနက္ပိုင္းတြင္";

describe("translations", () => {
  it("lets the Thai secretariat write and review Thai, and records who reviewed it", async () => {
    const textId = await createTestText(db, "zh", "举办澜湄合作村长论坛。");
    const thai = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const saved = await saveTranslation.execute(
      { db, actor: thai, ip: null },
      { textId, locale: "th", value: "จัดเวทีผู้ใหญ่บ้าน", version: null, review: false },
    );
    expect(saved).toMatchObject({ ok: true, data: { version: 1, status: "draft" } });
    const reviewed = await markReviewed.execute(
      { db, actor: thai, ip: null },
      { textId, locale: "th", version: 1 },
    );
    expect(reviewed).toMatchObject({ ok: true });
    expect(await translationOf(db, textId, "th")).toMatchObject({
      status: "reviewed",
      reviewedById: thai.userId,
      updatedById: thai.userId,
      sourceValue: "举办澜湄合作村长论坛。",
    });
    const audit = await db.auditEvent.findMany({
      where: { entityType: "TextTranslation", entityId: `${textId}/th` },
      orderBy: { occurredAt: "asc" },
    });
    expect(audit.map((event) => event.action)).toEqual(["translations.save", "translations.markReviewed"]);
  });

  it("refuses other locales, English and the source locale to a secretariat; English is the coordinators'", async () => {
    const textId = await createTestText(db, "zh", "澜湄合作");
    const thai = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const coordinator = await createActor(db, { role: "coordinator" });
    const viewer = await createActor(db, { role: "viewer" });
    const input = (locale: string) => ({ textId, locale, value: "x", version: null, review: true });
    expect(await saveTranslation.execute({ db, actor: thai, ip: null }, input("vi"))).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await saveTranslation.execute({ db, actor: thai, ip: null }, input("en"))).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await saveTranslation.execute({ db, actor: viewer, ip: null }, input("en"))).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await saveTranslation.execute({ db, actor: coordinator, ip: null }, input("km"))).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(
      await saveTranslation.execute(
        { db, actor: coordinator, ip: null },
        { ...input("en"), value: "Lancang-Mekong Cooperation" },
      ),
    ).toMatchObject({ ok: true });
    const chinese = await createActor(db, { role: "secretariat", countryCode: "CN" });
    expect(await saveTranslation.execute({ db, actor: chinese, ip: null }, input("zh"))).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { locale: [{ key: "validation.isSource" }] },
    });
    expect(await translationOf(db, textId, "vi")).toBeNull();
  });

  it("does not mark other translations stale when only a translation changes", async () => {
    const textId = await createTestText(db, "zh", "水资源合作", {
      th: { value: "ความร่วมมือด้านน้ำ", status: "reviewed" },
      en: { value: "Water cooperation", status: "reviewed" },
    });
    const vietnam = await createActor(db, { role: "secretariat", countryCode: "VN" });
    expect(
      await saveTranslation.execute(
        { db, actor: vietnam, ip: null },
        { textId, locale: "vi", value: "Hợp tác về nước", version: null, review: false },
      ),
    ).toMatchObject({ ok: true });
    const admin = await createActor(db, { role: "admin" });
    expect(
      await saveTranslation.execute(
        { db, actor: admin, ip: null },
        { textId, locale: "en", value: "Water resources cooperation", version: 1, review: true },
      ),
    ).toMatchObject({ ok: true });
    expect(await translationOf(db, textId, "th")).toMatchObject({ status: "reviewed" });
    expect(await translationOf(db, textId, "vi")).toMatchObject({ status: "draft" });
  });

  it("refuses a save from an outdated version and shows what is there now", async () => {
    const textId = await createTestText(db, "zh", "人员交流", {
      vi: { value: "Giao lưu nhân dân", status: "draft" },
    });
    const vietnam = await createActor(db, { role: "secretariat", countryCode: "VN" });
    const first = await saveTranslation.execute(
      { db, actor: vietnam, ip: null },
      { textId, locale: "vi", value: "Giao lưu giữa người dân", version: 1, review: false },
    );
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const second = await saveTranslation.execute(
      { db, actor: vietnam, ip: null },
      { textId, locale: "vi", value: "Giao lưu nhân dân hai nước", version: 1, review: false },
    );
    expect(second).toMatchObject({
      ok: false,
      error: "conflict",
      current: { value: "Giao lưu giữa người dân", version: 2 },
    });
    expect(await translationOf(db, textId, "vi")).toMatchObject({ value: "Giao lưu giữa người dân" });
  });

  it("refuses Zawgyi-encoded Burmese with its Unicode conversion, and stores the conversion", async () => {
    const textId = await createTestText(db, "zh", "国务资政");
    const myanmar = await createActor(db, { role: "secretariat", countryCode: "MM" });
    const refused = await saveTranslation.execute(
      { db, actor: myanmar, ip: null },
      { textId, locale: "my", value: ZAWGYI, version: null, review: false },
    );
    expect(refused).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { value: [{ key: "validation.zawgyi" }] },
    });
    expect(await translationOf(db, textId, "my")).toBeNull();
    const unicode = !refused.ok ? String(refused.fieldErrors?.value?.[0]?.params?.unicode) : "";
    expect(unicode).toContain("နိုင်ငံတော်");
    expect(
      await saveTranslation.execute(
        { db, actor: myanmar, ip: null },
        { textId, locale: "my", value: unicode, version: null, review: false },
      ),
    ).toMatchObject({ ok: true });
    expect(await translationOf(db, textId, "my")).toMatchObject({ value: unicode, status: "draft" });
  });
});

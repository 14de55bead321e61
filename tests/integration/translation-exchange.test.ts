// A translator's queue exported as CSV and read back: only changed rows are saved, through the same
// mutation as the editor (permission, version, Zawgyi check, audit); refused rows change nothing.
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/permissions";
import { queueCsv } from "@/lib/translations/exchange";
import { importTranslations } from "@/lib/translations/mutations";
import type { Locale } from "@/lib/i18n/settings";
import { createActor } from "../support/actors";
import { createFixturePlan } from "../support/plans";
import { translationOf } from "../support/translations";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

type Row = Record<string, string>;
const read = (csv: string) =>
  Papa.parse<Row>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
const write = (rows: Row[]) => Papa.unparse(rows);

/** A filled-in sheet read back through the import mutation, as the workspace's route does. */
async function importSheet(actor: Actor, locale: Locale, csv: string, review: boolean) {
  const result = await importTranslations.execute(
    { db, actor, ip: null },
    { locale, file: new File([csv], "sheet.csv", { type: "text/csv" }), review },
  );
  return result.ok ? result.data : result;
}

async function fixture() {
  const plan = await createFixturePlan(db, { paragraphs: 3 });
  const bodies = await db.paragraph.findMany({
    where: { planId: plan.planId },
    orderBy: { position: "asc" },
    select: { bodyId: true },
  });
  await db.textTranslation.create({
    data: { textId: bodies[0]!.bodyId, locale: "th", value: "ย่อหน้าที่หนึ่ง", status: "reviewed" },
  });
  return { plan, bodies: bodies.map((body) => body.bodyId) };
}

describe("translation exchange", () => {
  it("exports the queue with versions, and imports only what changed", async () => {
    const { plan, bodies } = await fixture();
    const rows = read(
      await queueCsv(
        await createActor(db, { role: "admin" }),
        "th",
        { kind: "plan", planId: plan.planId, section: null },
        "all",
      ),
    );
    expect(rows.map((row) => row.field)).toEqual([
      "section 1",
      "section 1.1",
      "paragraph 1.1-1",
      "paragraph 1.1-2",
      "paragraph 1.1-3",
    ]);
    expect(rows[2]).toMatchObject({
      text_id: bodies[0],
      version: "1",
      status: "reviewed",
      source_locale: "en",
      source: "Paragraph 1",
      translation: "ย่อหน้าที่หนึ่ง",
    });
    expect(rows[3]).toMatchObject({ version: "", status: "missing", translation: "" });

    rows[3]!.translation = "ย่อหน้าที่สอง";
    const thai = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const summary = await importSheet(thai, "th", write(rows), false);
    expect(summary).toEqual({ saved: 1, unchanged: 4, problems: [] });
    expect(await translationOf(db, bodies[1]!, "th")).toMatchObject({
      value: "ย่อหน้าที่สอง",
      status: "draft",
      updatedById: thai.userId,
    });
    // The untouched reviewed row was not saved again (it would have become a draft).
    expect(await translationOf(db, bodies[0]!, "th")).toMatchObject({ status: "reviewed", version: 1 });
  });

  it("refuses rows changed since the export, and rows of another locale's translator", async () => {
    const { plan, bodies } = await fixture();
    const rows = read(
      await queueCsv(
        await createActor(db, { role: "admin" }),
        "th",
        { kind: "plan", planId: plan.planId, section: null },
        "all",
      ),
    );
    await db.textTranslation.update({
      where: { textId_locale: { textId: bodies[0]!, locale: "th" } },
      data: { value: "แก้โดยผู้อื่น", version: { increment: 1 } },
    });
    rows[2]!.translation = "คำแปลจากไฟล์";
    rows[4]!.translation = "ย่อหน้าที่สาม";
    const thai = await createActor(db, { role: "secretariat", countryCode: "TH" });
    expect(await importSheet(thai, "th", write(rows), true)).toEqual({
      saved: 1,
      unchanged: 3,
      problems: [{ row: 4, problem: "conflict" }],
    });
    expect(await translationOf(db, bodies[0]!, "th")).toMatchObject({ value: "แก้โดยผู้อื่น" });
    expect(await translationOf(db, bodies[2]!, "th")).toMatchObject({
      value: "ย่อหน้าที่สาม",
      status: "reviewed",
    });

    const vietnam = await createActor(db, { role: "secretariat", countryCode: "VN" });
    // The import is one mutation scoped by its locale: another country's translator is refused the
    // whole sheet before a row is read (was: every row reported "forbidden").
    const refused = await importSheet(vietnam, "th", write([{ ...rows[3]!, translation: "x" }]), false);
    expect(refused).toMatchObject({ ok: false, error: "forbidden" });
  });

  it("reports Zawgyi rows and rejects a file that is not an exported sheet", async () => {
    const { plan } = await fixture();
    const rows = read(
      await queueCsv(
        await createActor(db, { role: "admin" }),
        "my",
        { kind: "plan", planId: plan.planId, section: "1.1" },
        "missing",
      ),
    );
    rows[1]!.translation = "ႏိုင္ငံေတာ္၏အတုိင္ပင္ခံပုဂၢိဳလ္ ေဒၚေအာင္ဆန္းစုၾကည္သည္";
    const myanmar = await createActor(db, { role: "secretariat", countryCode: "MM" });
    expect(await importSheet(myanmar, "my", write(rows), false)).toEqual({
      saved: 0,
      unchanged: 3,
      problems: [{ row: 3, problem: "zawgyi" }],
    });
    expect(await importSheet(myanmar, "my", "name,value\na,b\n", false)).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { file: [{ key: "validation.unreadableSheet" }] },
    });
  });
});

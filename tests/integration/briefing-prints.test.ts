// Printing published editions' packs ahead on the job queue (docs/decisions/0015, 0029): queued
// with the publication, each pack printed once by one of two workers running at the same moment, a
// failing print retried with backoff then marked failed, and a reviewer's retry, against the real
// database. The printer is a stand-in; the real one prints through the portal's pages (e2e).
import { afterAll, describe, expect, it } from "vitest";
import { runBriefingPrints, type PackPrinter } from "@/lib/briefing/print-queue";
import { retryBriefingPrint } from "@/lib/briefing/mutations";
import { createPrismaClient } from "@/lib/db/create-client";
import { MAX_ATTEMPTS } from "@/lib/jobs/retry";
import { locales } from "@/lib/i18n/settings";
import { publishEdition } from "@/lib/reports/edition-mutations";
import { createActor } from "../support/actors";
import { createTestPeriod, issueTestEdition, run } from "../support/reports";

const db = createPrismaClient(process.env.DATABASE_URL!);
const otherWorker = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => Promise.all([db.$disconnect(), otherWorker.$disconnect()]));

async function publishTestEdition(year: number) {
  const number = await issueTestEdition(db, await createTestPeriod(db, { year }));
  await run(db, publishEdition, { number });
  return db.reportEdition.findUniqueOrThrow({ where: { number } });
}

const printsOf = (editionId: string) =>
  db.briefingPrint.findMany({ where: { editionId }, orderBy: { locale: "asc" } });

describe("printing packs ahead", () => {
  it("queues every language with the publication, and prints each once with two workers at once", async () => {
    const edition = await publishTestEdition(2093);
    // In the enum's order: the portal's order of languages.
    expect((await printsOf(edition.id)).map((print) => [print.locale, print.state])).toEqual(
      locales.map((locale) => [locale, "pending"]),
    );

    const printed: string[] = [];
    const printer: PackPrinter = async (printing, lng) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (printing.id === edition.id) printed.push(`${printing.number}/${lng}`);
    };
    const now = new Date();
    await Promise.all([
      runBriefingPrints(db, printer, now, 1000),
      runBriefingPrints(otherWorker, printer, now, 1000),
    ]);
    expect(printed.sort()).toEqual([...locales].map((lng) => `${edition.number}/${lng}`).sort());
    for (const print of await printsOf(edition.id)) {
      expect(print).toMatchObject({ state: "printed", attempts: 1, lastError: null });
    }
  });

  it("retries a failing print after 1, 5 and 25 minutes, marks it failed, and a reviewer queues it again", async () => {
    const edition = await publishTestEdition(2094);
    const printer: PackPrinter = async (printing, lng) => {
      if (printing.id === edition.id && lng === "my") throw new Error("the briefing page answered 502");
    };
    let now = new Date();
    await runBriefingPrints(db, printer, now, 1000);
    const burmese = () =>
      db.briefingPrint.findUniqueOrThrow({
        where: { editionId_locale: { editionId: edition.id, locale: "my" } },
      });
    expect(await burmese()).toMatchObject({ state: "pending", attempts: 1 });
    // Not before its time: a run 30 seconds later leaves it alone.
    await runBriefingPrints(db, printer, new Date(now.getTime() + 30_000), 1000);
    expect((await burmese()).attempts).toBe(1);
    for (const minutes of [1, 5, 25]) {
      now = new Date(now.getTime() + minutes * 60_000 + 1000);
      await runBriefingPrints(db, printer, now, 1000);
    }
    expect(await burmese()).toMatchObject({
      state: "failed",
      attempts: MAX_ATTEMPTS,
      lastError: "the briefing page answered 502",
    });
    expect((await printsOf(edition.id)).filter((print) => print.state === "printed")).toHaveLength(6);

    const secretariat = await createActor(db, { role: "secretariat", countryCode: "MM" });
    const input = { number: edition.number, locale: "my" };
    expect(await retryBriefingPrint.execute({ db, actor: secretariat, ip: null }, input)).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    const coordinator = await createActor(db, { role: "coordinator" });
    expect((await retryBriefingPrint.execute({ db, actor: coordinator, ip: null }, input)).ok).toBe(true);
    expect(await burmese()).toMatchObject({ state: "pending", attempts: 0, lastError: null });
    // A pack that did not fail cannot be "retried".
    expect(
      await retryBriefingPrint.execute({ db, actor: coordinator, ip: null }, { ...input, locale: "th" }),
    ).toMatchObject({ ok: false, error: "wrongState" });
  });
});

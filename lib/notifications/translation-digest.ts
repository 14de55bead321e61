import "server-only";
import type { Db } from "@/lib/db/create-client";
import { locales, type Locale } from "@/lib/i18n/settings";
import { routes } from "@/lib/routes";
import { everyDeskField } from "@/lib/translations/fields";
import { notify, pathOf } from "./notify";
import { translatorsOf } from "./recipients";

// The translators' daily digest (issue 15): per locale, how many texts on the translation desk were
// added or had their original changed since the last digest, told to that locale's translators.
// The locale's TranslationDigest row is locked while its digest is written: however many workers
// run the job, each window of time is counted once.

/** Writes the translators' digests due at `now`; returns the number of locales that had news. */
export async function sendTranslationDigests(db: Db, now: Date): Promise<number> {
  let sent = 0;
  for (const locale of locales) {
    if (await digestLocale(db, locale, now)) sent += 1;
  }
  return sent;
}

async function digestLocale(db: Db, locale: Locale, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    // The first run of a locale sets where counting starts: what a fresh install or the demo seeded
    // is the desk's backlog, not news.
    const started = await tx.translationDigest.createMany({
      data: [{ locale, coveredUntil: now }],
      skipDuplicates: true,
    });
    if (started.count) return false;
    const [{ coveredUntil }] = await tx.$queryRaw<[{ coveredUntil: Date }]>`
      SELECT "coveredUntil" FROM "TranslationDigest" WHERE locale = ${locale}::"Locale" FOR UPDATE`;
    if (coveredUntil >= now) return false;
    const [counts] = await tx.$queryRaw<[{ added: number; stale: number }]>`
      SELECT
        count(*) FILTER (WHERE t."createdAt" > ${coveredUntil} AND t."createdAt" <= ${now}
                           AND (tr.value IS NULL OR tr.value = ''))::int AS added,
        count(*) FILTER (WHERE tr.status = 'stale' AND tr."updatedAt" > ${coveredUntil}
                           AND tr."updatedAt" <= ${now})::int AS stale
        FROM (SELECT DISTINCT "textId" FROM (${everyDeskField}) f) f
        JOIN "Text" t ON t.id = f."textId" AND t."sourceLocale" <> ${locale}::"Locale"
        LEFT JOIN "TextTranslation" tr ON tr."textId" = t.id AND tr.locale = ${locale}::"Locale"
       WHERE t."createdAt" > ${coveredUntil} OR tr."updatedAt" > ${coveredUntil}`;
    await tx.translationDigest.update({ where: { locale }, data: { coveredUntil: now } });
    if (!counts.added && !counts.stale) return false;
    await notify(tx, {
      kind: "translations_pending",
      params: { locale, added: counts.added, stale: counts.stale },
      path: pathOf(routes.staff.workspace("en", locale)),
      userIds: await translatorsOf(tx, locale),
      now,
    });
    return true;
  });
}

// Synthetic projects and status updates in bulk, for benchmarks at scale (10,000 projects and
// 200,000 updates by default). Generated in SQL with generate_series; labelled as demo data. A
// second run adds more, numbered after the first (SCALE-000001, SCALE-000002, ...).
import type { Db } from "../../lib/db/create-client";
import { reindexProjects } from "../../lib/projects/search-text";

// Titles are three words drawn from these lists (24³ combinations), so that search terms are as
// selective as in real data instead of every synthetic title sharing the same phrase.
const THAI_WORDS = [
  "ชลประทาน",
  "เกษตรกร",
  "น้ำท่วม",
  "ภัยแล้ง",
  "ประมง",
  "ป่าไม้",
  "ถนน",
  "สะพาน",
  "ท่าเรือ",
  "ไฟฟ้า",
  "โรงเรียน",
  "โรงพยาบาล",
  "ตลาด",
  "ศุลกากร",
  "เยาวชน",
  "สตรี",
  "วัฒนธรรม",
  "ท่องเที่ยว",
  "ดิจิทัล",
  "สหกรณ์",
  "ข้าว",
  "ยางพารา",
  "กาแฟ",
  "ชา",
];
const ENGLISH_WORDS = [
  "irrigation",
  "farmers",
  "flood",
  "drought",
  "fisheries",
  "forestry",
  "roads",
  "bridges",
  "ports",
  "power",
  "schools",
  "hospitals",
  "markets",
  "customs",
  "youth",
  "women",
  "culture",
  "tourism",
  "digital",
  "cooperatives",
  "rice",
  "rubber",
  "coffee",
  "tea",
];
const words = (list: string) =>
  `(${list})[1 + g % 24] || ' ' || (${list})[1 + (g / 24) % 24] || ' ' || (${list})[1 + (g / 576) % 24]`;

export async function seedScale(
  db: Db,
  { projects, updates }: { projects: number; updates: number },
): Promise<void> {
  await db.$transaction(
    async (tx) => {
      // n numbers this run's projects from 1; g numbers all synthetic projects, and shapes each one.
      await tx.$executeRawUnsafe(`CREATE TEMP TABLE scale_ids ON COMMIT DROP AS
        SELECT n, g, gen_random_uuid() AS project, gen_random_uuid() AS title, gen_random_uuid() AS summary,
          (ARRAY['KH','CN','LA','MM','TH','VN'])[1 + g % 6] AS country
        FROM (SELECT n, n + (SELECT coalesce(max(substring(code FROM 7)::int), 0) FROM "Project" WHERE code LIKE 'SCALE-%') AS g
              FROM generate_series(1, ${projects}) AS n) numbered`);
      await tx.$executeRawUnsafe(`INSERT INTO "Text" (id, "sourceLocale", "updatedAt")
        SELECT title, 'en'::"Locale", now() FROM scale_ids UNION ALL SELECT summary, 'en'::"Locale", now() FROM scale_ids`);
      await tx.$executeRawUnsafe(
        `INSERT INTO "TextTranslation" ("textId", locale, value, status, "updatedAt")
         SELECT title, 'en'::"Locale", ${words("$1::text[]")}, 'source'::"TranslationStatus", now() FROM scale_ids
         UNION ALL SELECT title, 'th'::"Locale", ${words("$2::text[]")}, 'draft'::"TranslationStatus", now() FROM scale_ids
         UNION ALL SELECT summary, 'en'::"Locale", 'Synthetic: ' || ${words("$1::text[]")} || ' in ' || country, 'source'::"TranslationStatus", now() FROM scale_ids`,
        ENGLISH_WORDS,
        THAI_WORDS,
      );
      await tx.$executeRawUnsafe(`INSERT INTO "Project" (id, code, "titleId", "summaryId", "pillarId", "leadCountryCode", "approvalYear",
          status, progress, "sdgTargets", published, "isDemo", "searchText", "updatedAt", "createdAt",
          "plannedStart", "plannedEnd")
        SELECT s.project, 'SCALE-' || lpad(g::text, 6, '0'), s.title, s.summary,
          (SELECT id FROM "Pillar" WHERE slug = 'economic-sustainable-development'), s.country, 2018 + g % 5,
          (ARRAY['proposed','approved','ongoing','completed','suspended','cancelled'])[1 + (g / 6) % 6]::"ProjectStatus",
          CASE WHEN (g / 6) % 6 = 3 THEN 100 ELSE g % 101 END, ARRAY['6.5'], g % 10 <> 0, true, '', now() - (g || ' minutes')::interval, now(),
          make_date(2018 + g % 5, 1 + g % 12, 1), make_date(2020 + g % 5, 1 + g % 12, 1)
        FROM scale_ids s`);
      await tx.$executeRawUnsafe(`INSERT INTO "ProjectCountry" ("projectId", "countryCode")
        SELECT project, country FROM scale_ids
        UNION ALL SELECT project, (ARRAY['KH','CN','LA','MM','TH','VN'])[1 + (g + 1) % 6] FROM scale_ids WHERE g % 3 = 0`);
      await tx.$executeRawUnsafe(`INSERT INTO "ProjectArea" ("projectId", "priorityAreaId")
        SELECT s.project, a.id FROM scale_ids s JOIN "PriorityArea" a ON a."isCore" AND a.position = 1 + s.g % 5`);
      await tx.$executeRawUnsafe(`INSERT INTO "ProjectParagraph" ("projectId", "paragraphId")
        SELECT s.project, p.ids[1 + s.g % array_length(p.ids, 1)]
        FROM scale_ids s, (SELECT array_agg(id ORDER BY citation) AS ids FROM "Paragraph") p`);
      await tx.$executeRawUnsafe(`INSERT INTO "FundingLine" (id, "projectId", position, source, currency, amount, disbursed)
        SELECT gen_random_uuid(), project, 0, (ARRAY['lmc_special_fund','national_budget','aiib','adb','other'])[1 + g % 5]::"FundingSource",
          'USD', 10000 + (g % 1000) * 1000, (g % 1000) * 500 FROM scale_ids`);
      const ids = await tx.$queryRawUnsafe<{ project: string }[]>(`SELECT project FROM scale_ids`);
      await reindexProjects(
        tx,
        ids.map((row) => row.project),
      );
      await tx.$executeRawUnsafe(`CREATE TEMP TABLE scale_updates ON COMMIT DROP AS
        SELECT u, gen_random_uuid() AS id, gen_random_uuid() AS narrative, s.project
        FROM generate_series(1, ${updates}) AS u JOIN scale_ids s ON s.n = 1 + u % ${projects}`);
      await tx.$executeRawUnsafe(
        `INSERT INTO "Text" (id, "sourceLocale", "updatedAt") SELECT narrative, 'en'::"Locale", now() FROM scale_updates`,
      );
      await tx.$executeRawUnsafe(`INSERT INTO "TextTranslation" ("textId", locale, value, status, "updatedAt")
        SELECT narrative, 'en'::"Locale", 'Synthetic status update ' || u, 'source'::"TranslationStatus", now() FROM scale_updates`);
      await tx.$executeRawUnsafe(`INSERT INTO "StatusUpdate" (id, "projectId", "reportedOn", "periodYear", status, progress, "narrativeId", "evidenceLinks")
        SELECT id, project, date '2018-01-01' + (u % 1800), 2018 + (u % 1800) / 365, 'ongoing'::"ProjectStatus", u % 101, narrative, '{}'::text[] FROM scale_updates`);
      await tx.$executeRawUnsafe(`ANALYZE`);
    },
    { timeout: 600_000 },
  );
}

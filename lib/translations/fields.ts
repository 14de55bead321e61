import "server-only";
import { Prisma } from "@/generated/prisma/client";

// Which texts the translation desk works on, as one SQL row source: the plan's section titles and
// paragraphs, projects' titles and summaries, and the glossary (fixed names of the cooperation).

export const FIELD_KINDS = [
  "section",
  "paragraph",
  "projectTitle",
  "projectSummary",
  "term",
  "country",
  "pillar",
  "area",
  "workingGroup",
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** `plan`: the whole plan; a section number: that part of it; `projects`; `glossary`. */
export type FieldScope =
  { kind: "plan"; planId: string; section: string | null } | { kind: "projects" } | { kind: "glossary" };

const planFields = (planId: string, section: string | null) => {
  const within = section
    ? Prisma.sql`AND (s.number = ${section} OR s.number LIKE ${`${section}.%`})`
    : Prisma.empty;
  return Prisma.sql`
    SELECT s."titleId" AS "textId", 'section' AS kind, s.number AS ref,
      string_to_array(s.number, '.')::int[] AS sort1, 0 AS sort2
      FROM "Section" s WHERE s."planId" = ${planId}::uuid AND s."retiredAt" IS NULL ${within}
    UNION ALL
    SELECT p."bodyId", 'paragraph', p.citation, string_to_array(s.number, '.')::int[], p.position
      FROM "Paragraph" p JOIN "Section" s ON s.id = p."sectionId"
     WHERE p."planId" = ${planId}::uuid AND p."retiredAt" IS NULL ${within}`;
};

const projectFields = Prisma.sql`
  SELECT "titleId" AS "textId", 'projectTitle' AS kind, code AS ref, ARRAY[0] AS sort1, 0 AS sort2 FROM "Project"
  UNION ALL
  SELECT "summaryId", 'projectSummary', code, ARRAY[0], 1 FROM "Project"`;

const glossaryFields = Prisma.sql`
  SELECT "textId", 'term' AS kind, key AS ref, ARRAY[1] AS sort1, 0 AS sort2 FROM "Term"
  UNION ALL SELECT "nameId", 'country', code, ARRAY[2], position FROM "Country"
  UNION ALL SELECT "nameId", 'pillar', slug, ARRAY[3], position FROM "Pillar"
  UNION ALL SELECT "nameId", 'area', slug, ARRAY[4], position FROM "PriorityArea"
  UNION ALL SELECT "nameId", 'workingGroup', slug, ARRAY[5], position FROM "WorkingGroup"`;

export function fieldsOf(scope: FieldScope): Prisma.Sql {
  if (scope.kind === "plan") return planFields(scope.planId, scope.section);
  return scope.kind === "projects" ? projectFields : glossaryFields;
}

/** What one text is (its kind and reference), whichever plan it belongs to, retired or not. */
export function fieldOfText(textId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT kind, ref FROM (
      SELECT "titleId" AS "textId", 'section' AS kind, number AS ref FROM "Section"
      UNION ALL SELECT "bodyId", 'paragraph', citation FROM "Paragraph"
      UNION ALL SELECT "textId", kind, ref FROM (${projectFields}) p
      UNION ALL SELECT "textId", kind, ref FROM (${glossaryFields}) g
    ) f WHERE "textId" = ${textId}::uuid LIMIT 1`;
}

/** Every text on the desk, of every plan: what the translators' daily digest counts. */
export const everyDeskField = Prisma.sql`
  SELECT s."titleId" AS "textId" FROM "Section" s WHERE s."retiredAt" IS NULL
  UNION ALL SELECT p."bodyId" FROM "Paragraph" p WHERE p."retiredAt" IS NULL
  UNION ALL SELECT "textId" FROM (${projectFields}) p
  UNION ALL SELECT "textId" FROM (${glossaryFields}) g`;

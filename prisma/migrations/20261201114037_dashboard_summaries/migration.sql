-- CreateTable
CREATE TABLE "ProjectFact" (
    "projectId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "status" "ProjectStatus" NOT NULL,
    "progress" INTEGER NOT NULL,
    "lead" TEXT NOT NULL,
    "countries" TEXT[],
    "areas" TEXT[],
    "pillar" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "committed" DOUBLE PRECISION NOT NULL,
    "disbursed" DOUBLE PRECISION NOT NULL,
    "plannedEnd" DATE,
    "published" BOOLEAN NOT NULL,
    "planIds" UUID[],
    "yearEndFrom" INTEGER NOT NULL,
    "yearEnd" TEXT[],

    CONSTRAINT "ProjectFact_pkey" PRIMARY KEY ("projectId")
);

-- CreateIndex
CREATE INDEX "ProjectFact_planIds_idx" ON "ProjectFact" USING GIN ("planIds");

-- The dashboard's summaries are kept by the database itself, in the transaction of every change
-- (docs/decisions/0024-dashboard-summaries.md): statement triggers collect the projects a statement
-- touched and recompute their rows, set-based, so a bulk insert of 200,000 updates recomputes each
-- project once.

-- Recomputes the summary rows of `ids` from the raw rows. The rows are locked first (in id order),
-- so that of two transactions changing one project the second waits and then recomputes from what
-- the first committed (each statement of a SQL function takes a fresh snapshot).
CREATE FUNCTION refresh_project_facts(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  SELECT 1 FROM "ProjectFact" WHERE "projectId" = ANY(ids) ORDER BY "projectId" FOR UPDATE;

  DELETE FROM "ProjectFact" f WHERE f."projectId" = ANY(ids)
    AND NOT EXISTS (SELECT 1 FROM "Project" p WHERE p.id = f."projectId");

  WITH target AS (SELECT * FROM "Project" WHERE id = ANY(ids)),
  countries AS (
    SELECT "projectId", array_agg("countryCode"::text ORDER BY "countryCode") AS list
    FROM "ProjectCountry" WHERE "projectId" = ANY(ids) GROUP BY "projectId"
  ),
  areas AS (
    SELECT pa."projectId", array_agg(a.slug ORDER BY a.slug) AS list
    FROM "ProjectArea" pa JOIN "PriorityArea" a ON a.id = pa."priorityAreaId"
    WHERE pa."projectId" = ANY(ids) GROUP BY pa."projectId"
  ),
  funding AS (
    SELECT "projectId", sum(amount) AS committed, sum(coalesce(disbursed, 0)) AS disbursed
    FROM "FundingLine" WHERE "projectId" = ANY(ids) AND currency = 'USD' GROUP BY "projectId"
  ),
  plans AS (
    SELECT pp."projectId", array_agg(DISTINCT pa."planId") AS list
    FROM "ProjectParagraph" pp JOIN "Paragraph" pa ON pa.id = pp."paragraphId"
    WHERE pp."projectId" = ANY(ids) GROUP BY pp."projectId"
  ),
  -- The last update reported in each calendar year (ties: the one entered last).
  yearly AS (
    SELECT DISTINCT ON ("projectId", year) "projectId", year, status
    FROM (
      SELECT "projectId", extract(year FROM "reportedOn")::int AS year, status::text AS status,
        "reportedOn", "createdAt"
      FROM "StatusUpdate" WHERE "projectId" = ANY(ids)
    ) u
    ORDER BY "projectId", year, "reportedOn" DESC, "createdAt" DESC
  ),
  bounds AS (
    SELECT t.id, least(t."approvalYear", min(y.year)) AS lo, greatest(t."approvalYear", max(y.year)) AS hi,
      CASE WHEN t.status = 'proposed' THEN 'proposed' ELSE 'approved' END AS before_any
    FROM target t LEFT JOIN yearly y ON y."projectId" = t.id
    GROUP BY t.id, t."approvalYear", t.status
  ),
  -- Every year from the first to the last, each carrying the last status reported up to it.
  grid AS (
    SELECT b.id, g.year, b.before_any, yr.status,
      count(yr.status) OVER (PARTITION BY b.id ORDER BY g.year) AS run
    FROM bounds b
    CROSS JOIN LATERAL generate_series(b.lo, b.hi) AS g(year)
    LEFT JOIN yearly yr ON yr."projectId" = b.id AND yr.year = g.year
  ),
  ends AS (
    SELECT id, min(year) AS from_year, array_agg(state ORDER BY year) AS states
    FROM (
      SELECT id, year,
        coalesce(first_value(status) OVER (PARTITION BY id, run ORDER BY year), before_any) AS state
      FROM grid
    ) carried
    GROUP BY id
  )
  INSERT INTO "ProjectFact" ("projectId", code, status, progress, lead, countries, areas, pillar, year,
    committed, disbursed, "plannedEnd", published, "planIds", "yearEndFrom", "yearEnd")
  SELECT t.id, t.code, t.status, t.progress, t."leadCountryCode"::text, coalesce(c.list, '{}'),
    coalesce(a.list, '{}'), pillar.slug, t."approvalYear", coalesce(f.committed, 0),
    coalesce(f.disbursed, 0), t."plannedEnd", t.published, coalesce(pl.list, '{}'), e.from_year, e.states
  FROM target t
  JOIN "Pillar" pillar ON pillar.id = t."pillarId"
  JOIN ends e ON e.id = t.id
  LEFT JOIN countries c ON c."projectId" = t.id
  LEFT JOIN areas a ON a."projectId" = t.id
  LEFT JOIN funding f ON f."projectId" = t.id
  LEFT JOIN plans pl ON pl."projectId" = t.id
  ON CONFLICT ("projectId") DO UPDATE SET
    code = excluded.code, status = excluded.status, progress = excluded.progress, lead = excluded.lead,
    countries = excluded.countries, areas = excluded.areas, pillar = excluded.pillar, year = excluded.year,
    committed = excluded.committed, disbursed = excluded.disbursed, "plannedEnd" = excluded."plannedEnd",
    published = excluded.published, "planIds" = excluded."planIds", "yearEndFrom" = excluded."yearEndFrom",
    "yearEnd" = excluded."yearEnd";
$$;

-- Projects: only changes to what the summary holds (the search index columns change often).
CREATE FUNCTION project_facts_after_projects() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(id) INTO ids FROM changed;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(id) INTO ids FROM gone;
  ELSE
    SELECT array_agg(c.id) INTO ids FROM changed c JOIN gone g ON g.id = c.id
    WHERE (c.code, c.status, c.progress, c."leadCountryCode", c."pillarId", c."approvalYear", c."plannedEnd", c.published)
      IS DISTINCT FROM (g.code, g.status, g.progress, g."leadCountryCode", g."pillarId", g."approvalYear", g."plannedEnd", g.published);
  END IF;
  IF ids IS NOT NULL THEN PERFORM refresh_project_facts(ids); END IF;
  RETURN NULL;
END $$;

-- Rows that belong to a project ("projectId"): countries, areas, paragraphs, funding, updates.
CREATE FUNCTION project_facts_after_project_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "projectId") INTO ids FROM changed;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "projectId") INTO ids FROM gone;
  ELSE
    SELECT array_agg(DISTINCT id) INTO ids
    FROM (SELECT "projectId" AS id FROM changed UNION SELECT "projectId" FROM gone) touched;
  END IF;
  IF ids IS NOT NULL THEN PERFORM refresh_project_facts(ids); END IF;
  RETURN NULL;
END $$;

-- Names the summary copies from elsewhere: a pillar's or area's slug, a paragraph's plan.
CREATE FUNCTION project_facts_after_renames() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_TABLE_NAME = 'Pillar' THEN
    SELECT array_agg(p.id) INTO ids FROM "Project" p JOIN changed c ON c.id = p."pillarId"
      JOIN gone g ON g.id = c.id WHERE c.slug IS DISTINCT FROM g.slug;
  ELSIF TG_TABLE_NAME = 'PriorityArea' THEN
    SELECT array_agg(DISTINCT pa."projectId") INTO ids FROM "ProjectArea" pa
      JOIN changed c ON c.id = pa."priorityAreaId" JOIN gone g ON g.id = c.id WHERE c.slug IS DISTINCT FROM g.slug;
  ELSE
    SELECT array_agg(DISTINCT pp."projectId") INTO ids FROM "ProjectParagraph" pp
      JOIN changed c ON c.id = pp."paragraphId" JOIN gone g ON g.id = c.id WHERE c."planId" IS DISTINCT FROM g."planId";
  END IF;
  IF ids IS NOT NULL THEN PERFORM refresh_project_facts(ids); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Project_facts_insert" AFTER INSERT ON "Project"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION project_facts_after_projects();
CREATE TRIGGER "Project_facts_update" AFTER UPDATE ON "Project"
  REFERENCING OLD TABLE AS gone NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION project_facts_after_projects();
CREATE TRIGGER "Project_facts_delete" AFTER DELETE ON "Project"
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION project_facts_after_projects();

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ProjectCountry', 'ProjectArea', 'ProjectParagraph', 'FundingLine', 'StatusUpdate'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed
      FOR EACH STATEMENT EXECUTE FUNCTION project_facts_after_project_rows()', t || '_facts_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS gone NEW TABLE AS changed
      FOR EACH STATEMENT EXECUTE FUNCTION project_facts_after_project_rows()', t || '_facts_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS gone
      FOR EACH STATEMENT EXECUTE FUNCTION project_facts_after_project_rows()', t || '_facts_delete', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['Pillar', 'PriorityArea', 'Paragraph'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS gone NEW TABLE AS changed
      FOR EACH STATEMENT EXECUTE FUNCTION project_facts_after_renames()', t || '_facts_update', t);
  END LOOP;
END $$;

-- Projects already there.
SELECT refresh_project_facts(ARRAY(SELECT id FROM "Project"));

-- CreateTable
CREATE TABLE "ProjectFactPending" (
    "id" BIGSERIAL NOT NULL,
    "projectId" UUID NOT NULL,

    CONSTRAINT "ProjectFactPending_pkey" PRIMARY KEY ("id")
);

-- The summary triggers of 20261201114037 recomputed the touched projects after every statement: a
-- project saved by the form or imported from a sheet was recomputed five times (project, countries,
-- areas, funding, paragraphs) at ~4 ms each. They now queue the projects, and one deferred trigger
-- recomputes every queued project once, set-based, when the transaction commits. A savepoint rolled
-- back (a rejected import row, a dry run) takes its queued rows and their deferred events with it.
CREATE FUNCTION queue_project_facts(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ProjectFactPending" ("projectId") SELECT DISTINCT unnest(ids);
$$;

-- Fires once per queued row at commit; the first one takes every row its transaction queued (other
-- transactions' rows are invisible to it) and the others find their own row gone.
CREATE FUNCTION project_facts_flush() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "ProjectFactPending" WHERE id = NEW.id) THEN RETURN NULL; END IF;
  WITH taken AS (DELETE FROM "ProjectFactPending" RETURNING "projectId")
  SELECT array_agg(DISTINCT "projectId") INTO ids FROM taken;
  IF ids IS NOT NULL THEN PERFORM refresh_project_facts(ids); END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "ProjectFactPending_flush" AFTER INSERT ON "ProjectFactPending"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION project_facts_flush();

CREATE OR REPLACE FUNCTION project_facts_after_projects() RETURNS trigger LANGUAGE plpgsql AS $$
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
  IF ids IS NOT NULL THEN PERFORM queue_project_facts(ids); END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION project_facts_after_project_rows() RETURNS trigger LANGUAGE plpgsql AS $$
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
  IF ids IS NOT NULL THEN PERFORM queue_project_facts(ids); END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION project_facts_after_renames() RETURNS trigger LANGUAGE plpgsql AS $$
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
  IF ids IS NOT NULL THEN PERFORM queue_project_facts(ids); END IF;
  RETURN NULL;
END $$;

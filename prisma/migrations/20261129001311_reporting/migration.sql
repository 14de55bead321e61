-- CreateEnum
CREATE TYPE "ReportState" AS ENUM ('not_started', 'drafting', 'submitted', 'returned', 'approved');

-- CreateEnum
CREATE TYPE "ReportEventKind" AS ENUM ('submitted', 'returned', 'approved', 'reopened');

-- CreateEnum
CREATE TYPE "ProposalDecision" AS ENUM ('pending', 'included', 'excluded');

-- CreateTable
CREATE TABLE "ReportingPeriod" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "cutOff" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "jointListMeetingId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportingPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CountryReport" (
    "id" UUID NOT NULL,
    "periodId" UUID NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "state" "ReportState" NOT NULL DEFAULT 'not_started',
    "submitted" JSONB,
    "submittedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CountryReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportNarrative" (
    "reportId" UUID NOT NULL,
    "priorityAreaId" UUID NOT NULL,
    "textId" UUID NOT NULL,

    CONSTRAINT "ReportNarrative_pkey" PRIMARY KEY ("reportId","priorityAreaId")
);

-- CreateTable
CREATE TABLE "ReportEvent" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "kind" "ReportEventKind" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "actorId" UUID,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointSignOff" (
    "periodId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "signedById" UUID,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JointSignOff_pkey" PRIMARY KEY ("periodId","projectId","countryCode")
);

-- CreateTable
CREATE TABLE "JointProposal" (
    "id" UUID NOT NULL,
    "periodId" UUID NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "titleId" UUID NOT NULL,
    "summaryId" UUID NOT NULL,
    "countries" TEXT[],
    "estimatedBudgetUsd" DECIMAL(16,2),
    "decision" "ProposalDecision" NOT NULL DEFAULT 'pending',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JointProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportEdition" (
    "id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "periodId" UUID NOT NULL,
    "asOf" DATE NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" UUID,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "ReportEdition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EditionProject" (
    "editionId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "pillarSlug" TEXT NOT NULL,
    "areaSlugs" TEXT[],
    "leadCountryCode" CHAR(2) NOT NULL,
    "countries" TEXT[],
    "approvalYear" INTEGER NOT NULL,
    "plannedEnd" DATE,
    "status" "ProjectStatus" NOT NULL,
    "progress" INTEGER NOT NULL,
    "usdCommitted" DECIMAL(16,2) NOT NULL,
    "usdDisbursed" DECIMAL(16,2) NOT NULL,
    "updated" BOOLEAN NOT NULL,
    "confirmed" BOOLEAN NOT NULL,
    "overdue" BOOLEAN NOT NULL,
    "published" BOOLEAN NOT NULL,

    CONSTRAINT "EditionProject_pkey" PRIMARY KEY ("editionId","code")
);

-- CreateTable
CREATE TABLE "EditionNarrative" (
    "editionId" UUID NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "areaSlug" TEXT NOT NULL,
    "text" JSONB NOT NULL,

    CONSTRAINT "EditionNarrative_pkey" PRIMARY KEY ("editionId","countryCode","areaSlug")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReportingPeriod_planId_year_key" ON "ReportingPeriod"("planId", "year");

-- CreateIndex
CREATE INDEX "CountryReport_countryCode_state_idx" ON "CountryReport"("countryCode", "state");

-- CreateIndex
CREATE UNIQUE INDEX "CountryReport_periodId_countryCode_key" ON "CountryReport"("periodId", "countryCode");

-- CreateIndex
CREATE INDEX "ReportEvent_reportId_occurredAt_idx" ON "ReportEvent"("reportId", "occurredAt");

-- CreateIndex
CREATE INDEX "JointProposal_periodId_decision_idx" ON "JointProposal"("periodId", "decision");

-- CreateIndex
CREATE UNIQUE INDEX "ReportEdition_number_key" ON "ReportEdition"("number");

-- CreateIndex
CREATE INDEX "ReportEdition_periodId_idx" ON "ReportEdition"("periodId");

-- CreateIndex
CREATE INDEX "EditionProject_editionId_status_idx" ON "EditionProject"("editionId", "status");

-- AddForeignKey
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_jointListMeetingId_fkey" FOREIGN KEY ("jointListMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountryReport" ADD CONSTRAINT "CountryReport_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountryReport" ADD CONSTRAINT "CountryReport_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportNarrative" ADD CONSTRAINT "ReportNarrative_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "CountryReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportNarrative" ADD CONSTRAINT "ReportNarrative_priorityAreaId_fkey" FOREIGN KEY ("priorityAreaId") REFERENCES "PriorityArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportNarrative" ADD CONSTRAINT "ReportNarrative_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportEvent" ADD CONSTRAINT "ReportEvent_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "CountryReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportEvent" ADD CONSTRAINT "ReportEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointSignOff" ADD CONSTRAINT "JointSignOff_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointSignOff" ADD CONSTRAINT "JointSignOff_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointSignOff" ADD CONSTRAINT "JointSignOff_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointSignOff" ADD CONSTRAINT "JointSignOff_signedById_fkey" FOREIGN KEY ("signedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointProposal" ADD CONSTRAINT "JointProposal_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointProposal" ADD CONSTRAINT "JointProposal_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointProposal" ADD CONSTRAINT "JointProposal_titleId_fkey" FOREIGN KEY ("titleId") REFERENCES "Text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointProposal" ADD CONSTRAINT "JointProposal_summaryId_fkey" FOREIGN KEY ("summaryId") REFERENCES "Text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportEdition" ADD CONSTRAINT "ReportEdition_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditionProject" ADD CONSTRAINT "EditionProject_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ReportEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditionNarrative" ADD CONSTRAINT "EditionNarrative_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ReportEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: an issued report edition never changes. Its projects and narratives refuse UPDATE
-- and DELETE; the edition row itself accepts one change only, publishing it (publishedAt set once).
CREATE FUNCTION report_edition_is_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'ReportEdition' AND TG_OP = 'UPDATE'
     AND OLD."publishedAt" IS NULL AND NEW."publishedAt" IS NOT NULL
     AND (NEW.id, NEW.number, NEW."periodId", NEW."asOf", NEW."issuedAt", NEW."issuedById")
         IS NOT DISTINCT FROM (OLD.id, OLD.number, OLD."periodId", OLD."asOf", OLD."issuedAt", OLD."issuedById") THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'report editions are frozen: % is not allowed on "%"', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "ReportEdition_frozen" BEFORE UPDATE OR DELETE ON "ReportEdition"
  FOR EACH ROW EXECUTE FUNCTION report_edition_is_frozen();
CREATE TRIGGER "EditionProject_frozen" BEFORE UPDATE OR DELETE ON "EditionProject"
  FOR EACH ROW EXECUTE FUNCTION report_edition_is_frozen();
CREATE TRIGGER "EditionNarrative_frozen" BEFORE UPDATE OR DELETE ON "EditionNarrative"
  FOR EACH ROW EXECUTE FUNCTION report_edition_is_frozen();

-- Written by hand: the trigram operator class of Project_searchText_idx comes from pg_trgm.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('proposed', 'approved', 'ongoing', 'completed', 'suspended', 'cancelled');

-- CreateEnum
CREATE TYPE "FundingSource" AS ENUM ('lmc_special_fund', 'national_budget', 'aiib', 'adb', 'other');

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "titleId" UUID NOT NULL,
    "summaryId" UUID NOT NULL,
    "pillarId" UUID NOT NULL,
    "leadCountryCode" CHAR(2) NOT NULL,
    "implementingAgencies" TEXT NOT NULL DEFAULT '',
    "approvalYear" INTEGER NOT NULL,
    "batch" INTEGER,
    "plannedStart" DATE,
    "plannedEnd" DATE,
    "actualStart" DATE,
    "actualEnd" DATE,
    "status" "ProjectStatus" NOT NULL,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "sdgTargets" TEXT[],
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "searchText" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectArea" (
    "projectId" UUID NOT NULL,
    "priorityAreaId" UUID NOT NULL,

    CONSTRAINT "ProjectArea_pkey" PRIMARY KEY ("projectId","priorityAreaId")
);

-- CreateTable
CREATE TABLE "ProjectParagraph" (
    "projectId" UUID NOT NULL,
    "paragraphId" UUID NOT NULL,

    CONSTRAINT "ProjectParagraph_pkey" PRIMARY KEY ("projectId","paragraphId")
);

-- CreateTable
CREATE TABLE "ProjectCountry" (
    "projectId" UUID NOT NULL,
    "countryCode" CHAR(2) NOT NULL,

    CONSTRAINT "ProjectCountry_pkey" PRIMARY KEY ("projectId","countryCode")
);

-- CreateTable
CREATE TABLE "FundingLine" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "source" "FundingSource" NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amount" DECIMAL(16,2) NOT NULL,
    "disbursed" DECIMAL(16,2),

    CONSTRAINT "FundingLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectLocation" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "province" TEXT NOT NULL,
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),

    CONSTRAINT "ProjectLocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusUpdate" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "reportedOn" DATE NOT NULL,
    "periodYear" INTEGER NOT NULL,
    "status" "ProjectStatus" NOT NULL,
    "progress" INTEGER NOT NULL,
    "narrativeId" UUID NOT NULL,
    "milestonesId" UUID,
    "issuesId" UUID,
    "evidenceLinks" TEXT[],
    "authorId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" UUID NOT NULL,
    "updateId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Project_code_key" ON "Project"("code");

-- CreateIndex
CREATE INDEX "Project_leadCountryCode_approvalYear_idx" ON "Project"("leadCountryCode", "approvalYear");

-- CreateIndex
CREATE INDEX "Project_status_idx" ON "Project"("status");

-- CreateIndex
CREATE INDEX "Project_approvalYear_idx" ON "Project"("approvalYear");

-- CreateIndex
CREATE INDEX "Project_published_updatedAt_idx" ON "Project"("published", "updatedAt");

-- CreateIndex
CREATE INDEX "Project_searchText_idx" ON "Project" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ProjectArea_priorityAreaId_idx" ON "ProjectArea"("priorityAreaId");

-- CreateIndex
CREATE INDEX "ProjectParagraph_paragraphId_idx" ON "ProjectParagraph"("paragraphId");

-- CreateIndex
CREATE INDEX "ProjectCountry_countryCode_idx" ON "ProjectCountry"("countryCode");

-- CreateIndex
CREATE INDEX "FundingLine_projectId_idx" ON "FundingLine"("projectId");

-- CreateIndex
CREATE INDEX "FundingLine_source_idx" ON "FundingLine"("source");

-- CreateIndex
CREATE INDEX "ProjectLocation_projectId_idx" ON "ProjectLocation"("projectId");

-- CreateIndex
CREATE INDEX "StatusUpdate_projectId_reportedOn_idx" ON "StatusUpdate"("projectId", "reportedOn");

-- CreateIndex
CREATE INDEX "StatusUpdate_periodYear_idx" ON "StatusUpdate"("periodYear");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_updateId_idx" ON "Attachment"("updateId");

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_titleId_fkey" FOREIGN KEY ("titleId") REFERENCES "Text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_summaryId_fkey" FOREIGN KEY ("summaryId") REFERENCES "Text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_pillarId_fkey" FOREIGN KEY ("pillarId") REFERENCES "Pillar"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_leadCountryCode_fkey" FOREIGN KEY ("leadCountryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectArea" ADD CONSTRAINT "ProjectArea_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectArea" ADD CONSTRAINT "ProjectArea_priorityAreaId_fkey" FOREIGN KEY ("priorityAreaId") REFERENCES "PriorityArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectParagraph" ADD CONSTRAINT "ProjectParagraph_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectParagraph" ADD CONSTRAINT "ProjectParagraph_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectCountry" ADD CONSTRAINT "ProjectCountry_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectCountry" ADD CONSTRAINT "ProjectCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingLine" ADD CONSTRAINT "FundingLine_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectLocation" ADD CONSTRAINT "ProjectLocation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectLocation" ADD CONSTRAINT "ProjectLocation_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusUpdate" ADD CONSTRAINT "StatusUpdate_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusUpdate" ADD CONSTRAINT "StatusUpdate_narrativeId_fkey" FOREIGN KEY ("narrativeId") REFERENCES "Text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusUpdate" ADD CONSTRAINT "StatusUpdate_milestonesId_fkey" FOREIGN KEY ("milestonesId") REFERENCES "Text"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusUpdate" ADD CONSTRAINT "StatusUpdate_issuesId_fkey" FOREIGN KEY ("issuesId") REFERENCES "Text"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusUpdate" ADD CONSTRAINT "StatusUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "StatusUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('en', 'zh', 'km', 'lo', 'my', 'th', 'vi');

-- CreateEnum
CREATE TYPE "TranslationStatus" AS ENUM ('source', 'draft', 'reviewed');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('draft', 'in_force', 'ended');

-- CreateEnum
CREATE TYPE "SectionLevel" AS ENUM ('chapter', 'section', 'subsection');

-- CreateEnum
CREATE TYPE "MeetingType" AS ENUM ('LM', 'FMM', 'SOM');

-- CreateEnum
CREATE TYPE "MeetingFormat" AS ENUM ('in_person', 'virtual', 'hybrid');

-- CreateEnum
CREATE TYPE "WorkingGroupKind" AS ENUM ('priority_area', 'diplomatic');

-- CreateTable
CREATE TABLE "Text" (
    "id" UUID NOT NULL,
    "sourceLocale" "Locale" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Text_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TextTranslation" (
    "textId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "value" TEXT NOT NULL,
    "status" "TranslationStatus" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TextTranslation_pkey" PRIMARY KEY ("textId","locale")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "status" "PlanStatus" NOT NULL,
    "adoptedOn" DATE,
    "titleId" UUID NOT NULL,
    "summaryId" UUID NOT NULL,
    "adoptedAtId" UUID,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanPhase" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "nameId" UUID NOT NULL,
    "descriptionId" UUID NOT NULL,

    CONSTRAINT "PlanPhase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Section" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "parentId" UUID,
    "level" "SectionLevel" NOT NULL,
    "number" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "textEndsHere" BOOLEAN NOT NULL DEFAULT false,
    "titleId" UUID NOT NULL,
    "pillarId" UUID,
    "priorityAreaId" UUID,

    CONSTRAINT "Section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Paragraph" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "sectionId" UUID NOT NULL,
    "citation" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "bodyId" UUID NOT NULL,

    CONSTRAINT "Paragraph_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pillar" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "nameId" UUID NOT NULL,
    "descriptionId" UUID NOT NULL,

    CONSTRAINT "Pillar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriorityArea" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "isCore" BOOLEAN NOT NULL,
    "pillarId" UUID NOT NULL,
    "nameId" UUID NOT NULL,
    "descriptionId" UUID,

    CONSTRAINT "PriorityArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkingGroup" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "WorkingGroupKind" NOT NULL,
    "priorityAreaId" UUID,
    "nameId" UUID NOT NULL,

    CONSTRAINT "WorkingGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Country" (
    "code" CHAR(2) NOT NULL,
    "position" INTEGER NOT NULL,
    "nationalLocale" "Locale" NOT NULL,
    "nameId" UUID NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "type" "MeetingType" NOT NULL,
    "number" INTEGER NOT NULL,
    "startsOn" DATE NOT NULL,
    "format" "MeetingFormat" NOT NULL,
    "venueId" UUID NOT NULL,
    "themeId" UUID,
    "outcomesId" UUID,
    "coChairsId" UUID NOT NULL,
    "sourceUrls" TEXT[],

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Term" (
    "key" TEXT NOT NULL,
    "textId" UUID NOT NULL,

    CONSTRAINT "Term_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Plan_slug_key" ON "Plan"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "PlanPhase_planId_position_key" ON "PlanPhase"("planId", "position");

-- CreateIndex
CREATE INDEX "Section_parentId_position_idx" ON "Section"("parentId", "position");

-- CreateIndex
CREATE INDEX "Section_priorityAreaId_idx" ON "Section"("priorityAreaId");

-- CreateIndex
CREATE UNIQUE INDEX "Section_planId_number_key" ON "Section"("planId", "number");

-- CreateIndex
CREATE INDEX "Paragraph_sectionId_position_idx" ON "Paragraph"("sectionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Paragraph_planId_citation_key" ON "Paragraph"("planId", "citation");

-- CreateIndex
CREATE UNIQUE INDEX "Pillar_slug_key" ON "Pillar"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Pillar_position_key" ON "Pillar"("position");

-- CreateIndex
CREATE UNIQUE INDEX "PriorityArea_slug_key" ON "PriorityArea"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "PriorityArea_position_key" ON "PriorityArea"("position");

-- CreateIndex
CREATE UNIQUE INDEX "WorkingGroup_slug_key" ON "WorkingGroup"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "WorkingGroup_position_key" ON "WorkingGroup"("position");

-- CreateIndex
CREATE UNIQUE INDEX "Country_position_key" ON "Country"("position");

-- CreateIndex
CREATE UNIQUE INDEX "Country_nationalLocale_key" ON "Country"("nationalLocale");

-- CreateIndex
CREATE INDEX "Meeting_startsOn_idx" ON "Meeting"("startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_type_number_key" ON "Meeting"("type", "number");

-- AddForeignKey
ALTER TABLE "TextTranslation" ADD CONSTRAINT "TextTranslation_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_titleId_fkey" FOREIGN KEY ("titleId") REFERENCES "Text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_summaryId_fkey" FOREIGN KEY ("summaryId") REFERENCES "Text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_adoptedAtId_fkey" FOREIGN KEY ("adoptedAtId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPhase" ADD CONSTRAINT "PlanPhase_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPhase" ADD CONSTRAINT "PlanPhase_nameId_fkey" FOREIGN KEY ("nameId") REFERENCES "Text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPhase" ADD CONSTRAINT "PlanPhase_descriptionId_fkey" FOREIGN KEY ("descriptionId") REFERENCES "Text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Section"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_titleId_fkey" FOREIGN KEY ("titleId") REFERENCES "Text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_pillarId_fkey" FOREIGN KEY ("pillarId") REFERENCES "Pillar"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_priorityAreaId_fkey" FOREIGN KEY ("priorityAreaId") REFERENCES "PriorityArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paragraph" ADD CONSTRAINT "Paragraph_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paragraph" ADD CONSTRAINT "Paragraph_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paragraph" ADD CONSTRAINT "Paragraph_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pillar" ADD CONSTRAINT "Pillar_nameId_fkey" FOREIGN KEY ("nameId") REFERENCES "Text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pillar" ADD CONSTRAINT "Pillar_descriptionId_fkey" FOREIGN KEY ("descriptionId") REFERENCES "Text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityArea" ADD CONSTRAINT "PriorityArea_pillarId_fkey" FOREIGN KEY ("pillarId") REFERENCES "Pillar"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityArea" ADD CONSTRAINT "PriorityArea_nameId_fkey" FOREIGN KEY ("nameId") REFERENCES "Text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityArea" ADD CONSTRAINT "PriorityArea_descriptionId_fkey" FOREIGN KEY ("descriptionId") REFERENCES "Text"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroup" ADD CONSTRAINT "WorkingGroup_priorityAreaId_fkey" FOREIGN KEY ("priorityAreaId") REFERENCES "PriorityArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroup" ADD CONSTRAINT "WorkingGroup_nameId_fkey" FOREIGN KEY ("nameId") REFERENCES "Text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Country" ADD CONSTRAINT "Country_nameId_fkey" FOREIGN KEY ("nameId") REFERENCES "Text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_coChairsId_fkey" FOREIGN KEY ("coChairsId") REFERENCES "Text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Text"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_outcomesId_fkey" FOREIGN KEY ("outcomesId") REFERENCES "Text"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Term" ADD CONSTRAINT "Term_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ImportKind" ADD VALUE 'updates';
ALTER TYPE "ImportKind" ADD VALUE 'projectsAndUpdates';

-- DropIndex
DROP INDEX "StatusUpdate_projectId_reportedOn_idx";

-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN     "sheets" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "StatusUpdate" ADD COLUMN     "importKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "StatusUpdate_projectId_reportedOn_importKey_key" ON "StatusUpdate"("projectId", "reportedOn", "importKey");

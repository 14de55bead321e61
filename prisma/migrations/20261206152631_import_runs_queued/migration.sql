-- CreateEnum
CREATE TYPE "ImportMode" AS ENUM ('check', 'import');

-- AlterEnum (PostgreSQL 12 and later add enum values inside a transaction)
ALTER TYPE "ImportState" ADD VALUE 'queued';
ALTER TYPE "ImportState" ADD VALUE 'running';
ALTER TYPE "ImportState" ADD VALUE 'failed';

-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "errorKey" TEXT,
ADD COLUMN     "file" BYTEA,
ADD COLUMN     "finishedAt" TIMESTAMPTZ(3),
ADD COLUMN     "ip" TEXT,
ADD COLUMN     "lng" "Locale" NOT NULL DEFAULT 'en',
ADD COLUMN     "mode" "ImportMode" NOT NULL DEFAULT 'check',
ADD COLUMN     "progress" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "startedAt" TIMESTAMPTZ(3),
ALTER COLUMN "kind" DROP NOT NULL,
ALTER COLUMN "rows" SET DEFAULT 0,
ALTER COLUMN "created" SET DEFAULT 0,
ALTER COLUMN "updated" SET DEFAULT 0,
ALTER COLUMN "unchanged" SET DEFAULT 0,
ALTER COLUMN "rejected" SET DEFAULT 0;

-- CreateIndex
CREATE INDEX "ImportRun_state_createdAt_idx" ON "ImportRun"("state", "createdAt");

-- The runs recorded before the queue were all finished when they were recorded.
UPDATE "ImportRun" SET "mode" = 'import' WHERE "state" = 'imported';
UPDATE "ImportRun" SET "finishedAt" = "createdAt", "startedAt" = "createdAt", "attempts" = 1;
ALTER TABLE "ImportRun" ALTER COLUMN "lng" DROP DEFAULT, ALTER COLUMN "mode" DROP DEFAULT;

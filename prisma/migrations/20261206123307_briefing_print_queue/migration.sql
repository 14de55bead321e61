-- CreateEnum
CREATE TYPE "PrintState" AS ENUM ('pending', 'printed', 'failed');

-- CreateTable
CREATE TABLE "BriefingPrint" (
    "editionId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "state" "PrintState" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "printedAt" TIMESTAMP(3),

    CONSTRAINT "BriefingPrint_pkey" PRIMARY KEY ("editionId","locale")
);

-- CreateIndex
CREATE INDEX "BriefingPrint_state_nextAttemptAt_idx" ON "BriefingPrint"("state", "nextAttemptAt");

-- AddForeignKey
ALTER TABLE "BriefingPrint" ADD CONSTRAINT "BriefingPrint_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ReportEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "searchTitle" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchTitleTokens" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "searchTokens" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "searchVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Project_searchTokens_idx" ON "Project" USING GIN ("searchTokens");

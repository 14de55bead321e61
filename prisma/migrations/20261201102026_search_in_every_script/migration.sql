-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "searchTitle" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchTitleTokens" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "searchTokens" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "searchVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Project_searchTokens_idx" ON "Project" USING GIN ("searchTokens");

-- CreateIndex
CREATE INDEX "Project_searchTitle_idx" ON "Project" USING GIN ("searchTitle" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Project_searchTitleTokens_idx" ON "Project" USING GIN ("searchTitleTokens");

-- DropIndex
DROP INDEX "Project_published_updatedAt_idx";

-- CreateIndex
CREATE INDEX "Project_published_updatedAt_code_idx" ON "Project"("published", "updatedAt" DESC, "code");

-- CreateIndex
CREATE INDEX "Project_published_progress_code_idx" ON "Project"("published", "progress" DESC, "code");

-- CreateIndex
CREATE INDEX "Project_published_approvalYear_code_idx" ON "Project"("published", "approvalYear" DESC, "code");

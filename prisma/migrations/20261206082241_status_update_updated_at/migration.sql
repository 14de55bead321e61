-- A status update's last change, so the public API can list updates in that order and harvesters
-- can ask for what changed since an instant (docs/decisions/0026). Existing updates last changed
-- no later than they were written as far as anyone can tell: they take their creation time.
ALTER TABLE "StatusUpdate" ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

UPDATE "StatusUpdate" SET "updatedAt" = "createdAt";

-- CreateIndex
CREATE INDEX "StatusUpdate_updatedAt_id_idx" ON "StatusUpdate"("updatedAt", "id");

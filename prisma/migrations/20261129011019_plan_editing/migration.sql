-- AlterEnum
ALTER TYPE "TranslationStatus" ADD VALUE 'stale';

-- AlterTable
ALTER TABLE "Paragraph" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Section" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "TextTranslation" ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedById" UUID,
ADD COLUMN     "sourceValue" TEXT,
ADD COLUMN     "updatedById" UUID,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE INDEX "TextTranslation_locale_status_idx" ON "TextTranslation"("locale", "status");

-- AddForeignKey
ALTER TABLE "TextTranslation" ADD CONSTRAINT "TextTranslation_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TextTranslation" ADD CONSTRAINT "TextTranslation_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: when the source wording of a text changes, every translation made from it becomes
-- stale, whichever code path changed it. A translation keeps the source wording it was made from
-- (sourceValue), so translators see the old and the new source side by side.
CREATE FUNCTION mark_translations_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "TextTranslation"
     SET status = 'stale',
         "sourceValue" = COALESCE("sourceValue", OLD.value),
         version = version + 1
   WHERE "textId" = NEW."textId"
     AND locale <> NEW.locale
     AND status IN ('draft', 'reviewed');
  RETURN NEW;
END;
$$;

CREATE TRIGGER "TextTranslation_source_changed" AFTER UPDATE OF value ON "TextTranslation"
  FOR EACH ROW
  WHEN (NEW.status = 'source' AND OLD.status = 'source' AND NEW.value IS DISTINCT FROM OLD.value)
  EXECUTE FUNCTION mark_translations_stale();

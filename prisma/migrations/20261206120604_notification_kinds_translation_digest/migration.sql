-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'joint_signoff_awaited';
ALTER TYPE "NotificationKind" ADD VALUE 'edition_issued';
ALTER TYPE "NotificationKind" ADD VALUE 'edition_published';
ALTER TYPE "NotificationKind" ADD VALUE 'translations_pending';
ALTER TYPE "NotificationKind" ADD VALUE 'password_changed';
ALTER TYPE "NotificationKind" ADD VALUE 'two_factor_changed';
ALTER TYPE "NotificationKind" ADD VALUE 'new_sign_in';

-- CreateTable
CREATE TABLE "TranslationDigest" (
    "locale" "Locale" NOT NULL,
    "coveredUntil" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TranslationDigest_pkey" PRIMARY KEY ("locale")
);

-- CreateIndex
CREATE INDEX "Text_createdAt_idx" ON "Text"("createdAt");

-- Hand-written: a translation that goes stale is stamped with the time, so the translators' daily
-- digest can count what went stale since its last run.
CREATE OR REPLACE FUNCTION mark_translations_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "TextTranslation"
     SET status = 'stale',
         "sourceValue" = COALESCE("sourceValue", OLD.value),
         version = version + 1,
         "updatedAt" = now()
   WHERE "textId" = NEW."textId"
     AND locale <> NEW.locale
     AND status IN ('draft', 'reviewed');
  RETURN NEW;
END;
$$;

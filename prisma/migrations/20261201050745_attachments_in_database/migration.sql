-- DropIndex
DROP INDEX "Attachment_storageKey_key";

-- AlterTable
ALTER TABLE "Attachment" DROP COLUMN "storageKey";

-- CreateTable
CREATE TABLE "AttachmentContent" (
    "attachmentId" UUID NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "AttachmentContent_pkey" PRIMARY KEY ("attachmentId")
);

-- AddForeignKey
ALTER TABLE "AttachmentContent" ADD CONSTRAINT "AttachmentContent_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- PDFs, images and office files are compressed already: keep them out of line without trying again.
ALTER TABLE "AttachmentContent" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;

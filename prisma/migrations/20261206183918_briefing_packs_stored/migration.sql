-- CreateTable
CREATE TABLE "BriefingPack" (
    "key" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "printedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BriefingPack_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Refusal" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorEmail" TEXT,
    "actorRole" "Role",
    "actorCountry" TEXT,
    "mutation" TEXT NOT NULL,
    "target" TEXT,
    "reason" TEXT NOT NULL,
    "ip" TEXT,

    CONSTRAINT "Refusal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Refusal_occurredAt_idx" ON "Refusal"("occurredAt");

-- CreateIndex
CREATE INDEX "Refusal_actorId_occurredAt_idx" ON "Refusal"("actorId", "occurredAt");

-- CreateIndex
CREATE INDEX "Refusal_ip_occurredAt_idx" ON "Refusal"("ip", "occurredAt");

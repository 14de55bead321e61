import "server-only";
import { getDb } from "@/lib/db/client";
import { defineRead } from "@/lib/reads/define";

/** For reviewers: how printing an edition's public packs ahead went, per language. */
export const listBriefingPrints = defineRead(
  "briefing.prints",
  "reports.review",
  async (_viewer, editionId: string) =>
    getDb().briefingPrint.findMany({
      where: { editionId },
      orderBy: { locale: "asc" },
      select: { locale: true, state: true, attempts: true, lastError: true, printedAt: true },
    }),
);

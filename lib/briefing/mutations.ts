import "server-only";
import { defineMutation } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import { retryBriefingPrintSchema } from "./schemas";

/** A reviewer puts a pack whose printing ahead failed back in the print queue. */
export const retryBriefingPrint = defineMutation({
  name: "briefing.retryPrint",
  permission: "reports.review",
  input: retryBriefingPrintSchema,
  async run(tx, input) {
    const edition = await tx.reportEdition.findUnique({
      where: { number: input.number },
      select: { id: true },
    });
    if (!edition) throw new MutationError("notFound");
    const { count } = await tx.briefingPrint.updateMany({
      where: { editionId: edition.id, locale: input.locale, state: "failed" },
      data: { state: "pending", attempts: 0, nextAttemptAt: new Date(), lastError: null },
    });
    if (!count) throw new MutationError("wrongState");
    return {
      result: {},
      audit: {
        action: "briefing.retryPrint",
        entityType: "ReportEdition",
        entityId: edition.id,
        changes: { [`print.${input.locale}`]: { before: "failed", after: "pending" } },
      },
    };
  },
});

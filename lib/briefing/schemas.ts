// Input of the briefing packs' print queue, shared by the browser and the server.
import { z } from "zod";
import { locales } from "@/lib/i18n/settings";

export const retryBriefingPrintSchema = z.object({
  number: z.coerce.number().int().min(1).max(1_000_000),
  locale: z.enum(locales),
});

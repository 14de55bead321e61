import { publicTableRoute } from "@/lib/exports/route";
import { editionNarrativesTable } from "@/lib/reports/edition-export";

/** A published edition's narratives as issued, as a .xlsx file. */
export const GET = publicTableRoute("xlsx", editionNarrativesTable);

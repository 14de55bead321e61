import { publicTableRoute } from "@/lib/exports/route";
import { editionNarrativesTable } from "@/lib/reports/edition-export";

/** A published edition's narratives as issued, as a .csv file. */
export const GET = publicTableRoute("csv", editionNarrativesTable);

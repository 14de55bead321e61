import { staffTableRoute } from "@/lib/exports/route";
import { editionNarrativesTable } from "@/lib/reports/edition-export";

/** An issued edition's narratives (unpublished projects too), as a .csv file. */
export const GET = staffTableRoute("csv", "staff.read", editionNarrativesTable);

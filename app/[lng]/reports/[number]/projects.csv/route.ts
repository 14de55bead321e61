import { publicTableRoute } from "@/lib/exports/route";
import { editionProjectsTable } from "@/lib/reports/edition-export";

/** A published edition's projects as issued, as a .csv file. */
export const GET = publicTableRoute("csv", editionProjectsTable);

import { staffTableRoute } from "@/lib/exports/route";
import { editionProjectsTable } from "@/lib/reports/edition-export";

/** An issued edition's projects (unpublished projects too), as a .csv file. */
export const GET = staffTableRoute("csv", "staff.read", editionProjectsTable);

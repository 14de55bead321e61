import { publicTableRoute } from "@/lib/exports/route";
import { editionProjectsTable } from "@/lib/reports/edition-export";

/** A published edition's projects as issued, as a .xlsx file. */
export const GET = publicTableRoute("xlsx", editionProjectsTable);

import { staffTableRoute } from "@/lib/exports/route";
import { editionProjectsTable } from "@/lib/reports/edition-export";

/** An issued edition's projects (unpublished projects too), as a .xlsx file. */
export const GET = staffTableRoute("xlsx", "staff.read", editionProjectsTable);

import { auditTable } from "@/lib/audit/export";
import { staffTableRoute } from "@/lib/exports/route";

/** The audit trail with the page's filters, every matching entry, as a .csv file. */
export const GET = staffTableRoute("csv", "audit.read", auditTable);

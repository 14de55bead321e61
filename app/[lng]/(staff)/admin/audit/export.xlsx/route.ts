import { auditTable } from "@/lib/audit/export";
import { staffTableRoute } from "@/lib/exports/route";

/** The audit trail with the page's filters, every matching entry, as a .xlsx file. */
export const GET = staffTableRoute("xlsx", "audit.read", auditTable);

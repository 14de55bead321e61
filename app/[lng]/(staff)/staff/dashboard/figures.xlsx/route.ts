import { dashboardTable } from "@/lib/dashboard/export";
import { staffTableRoute } from "@/lib/exports/route";

/** The staff dashboard's tables (unpublished projects too), with its filters, as a .xlsx file. */
export const GET = staffTableRoute("xlsx", "staff.read", dashboardTable);

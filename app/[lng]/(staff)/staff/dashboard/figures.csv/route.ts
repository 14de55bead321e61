import { dashboardTable } from "@/lib/dashboard/export";
import { staffTableRoute } from "@/lib/exports/route";

/** The staff dashboard's tables (unpublished projects too), with its filters, as a .csv file. */
export const GET = staffTableRoute("csv", "staff.read", dashboardTable);

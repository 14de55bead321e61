import { dashboardTable } from "@/lib/dashboard/export";
import { publicTableRoute } from "@/lib/exports/route";

/** The public dashboard's tables, with its filters, as a .xlsx file. */
export const GET = publicTableRoute("xlsx", dashboardTable);

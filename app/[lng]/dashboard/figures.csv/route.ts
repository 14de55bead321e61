import { dashboardTable } from "@/lib/dashboard/export";
import { publicTableRoute } from "@/lib/exports/route";

/** The public dashboard's tables, with its filters, as a .csv file. */
export const GET = publicTableRoute("csv", dashboardTable);

import { projectExportRoute } from "@/lib/imports/export-route";

/** The public project list (published projects, the list's filters) as a .csv file. */
export const GET = projectExportRoute("csv", "public");

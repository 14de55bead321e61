import { projectExportRoute } from "@/lib/imports/export-route";

/** The public project list (published projects, the list's filters) as a .xlsx file. */
export const GET = projectExportRoute("xlsx", "public");

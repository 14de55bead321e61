import { projectExportRoute } from "@/lib/imports/export-route";

/** The staff project list (unpublished projects too, the list's filters) as a .csv file to edit and import again. */
export const GET = projectExportRoute("csv", "staff");

import { projectExportRoute } from "@/lib/imports/export-route";

/** The staff project list (unpublished projects too, the list's filters) as a .xlsx file to edit and import again. */
export const GET = projectExportRoute("xlsx", "staff");

import { projectUpdatesRoute } from "@/lib/imports/update-export";

/** A published project's status updates as a .xlsx file. */
export const GET = projectUpdatesRoute("xlsx", "public");

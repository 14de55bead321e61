import { projectUpdatesRoute } from "@/lib/imports/update-export";

/** A published project's status updates as a .csv file. */
export const GET = projectUpdatesRoute("csv", "public");

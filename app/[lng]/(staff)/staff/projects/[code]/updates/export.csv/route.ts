import { projectUpdatesRoute } from "@/lib/imports/update-export";

/** A project's status updates (as staff see them) as a .csv file to edit and import again. */
export const GET = projectUpdatesRoute("csv", "staff");

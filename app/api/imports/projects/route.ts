import { importRoute } from "@/lib/imports/route";
import { importProjects } from "@/lib/imports/mutations";

/** The projects sheet a dry run checked, imported all or nothing: `payload` { lng }, the same `file`. */
export const POST = importRoute(importProjects, "import");

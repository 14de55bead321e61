import { importRoute } from "@/lib/imports/route";
import { checkProjectImport } from "@/lib/imports/mutations";

/** A projects sheet's dry run: `payload` { lng }, the workbook or CSV as `file`. */
export const POST = importRoute(checkProjectImport, "check");

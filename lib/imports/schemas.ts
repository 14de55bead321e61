// Input of the import routes, shared by the browser (the import page) and the server.
import { z } from "zod";
import { locales } from "@/lib/i18n/settings";
import { MAX_IMPORT_BYTES } from "./limits";

export const IMPORT_MODES = ["check", "import"] as const;

export const projectImportSchema = z.object({
  /** "check": a dry run, nothing kept; "import": the file a dry run checked, all rows or none. */
  mode: z.enum(IMPORT_MODES),
  /** The importer's language: a new project's original language when its row has a title in it. */
  lng: z.enum(locales),
  file: z.instanceof(File).refine((file) => file.size > 0 && file.size <= MAX_IMPORT_BYTES, {
    error: "validation.importFileSize",
  }),
});
export type ProjectImportInput = z.infer<typeof projectImportSchema>;

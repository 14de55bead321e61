import { z } from "zod";
import { langParam, projectCodeParam } from "@/lib/open-data/params";
import { COUNTRY_CODE } from "@/lib/validation/primitives";

/** The IATI file's parameters: everything published, one country's projects, or one project. */
export const iatiQuerySchema = z.strictObject({
  lang: langParam.meta({
    description: "Only the language of a refusal: the file carries every reviewed wording.",
  }),
  country: z
    .string()
    .regex(COUNTRY_CODE, { error: "param.country" })
    .optional()
    .meta({ description: "Only the projects this country takes part in.", example: "TH" }),
  project: projectCodeParam.optional(),
});

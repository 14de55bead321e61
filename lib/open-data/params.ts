// The query parameters every API list shares, as zod schemas: they check what a client sent (400
// with the message key of each failed parameter, in the `api` namespace) and, through zod-openapi,
// describe the parameters in the OpenAPI document. Unlike the pages' filters, which ignore what
// they cannot read, the API refuses it: a harvester must learn that its filter did not apply.
import { z } from "zod";
import { FUNDING_SOURCES, PROJECT_STATUSES } from "@/lib/projects/status";
import {
  CITATION,
  COUNTRY_CODE,
  FIRST_YEAR,
  LAST_YEAR,
  PLAN_SLUG,
  PROJECT_CODE,
  SECTION_NUMBER,
  SLUG,
} from "@/lib/validation/primitives";
import { decodeCursor, type CursorList } from "./cursor";
import { API_LANGS } from "./text";

export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 100;

export const langParam = z
  .enum(API_LANGS, { error: "param.lang" })
  .default("en")
  .meta({ description: "The language of texts, or `all` for every wording.", example: "th" });

/** Paging by the keyset cursor of `list` (./cursor.ts). */
export const pagingParams = (list: CursorList) => ({
  limit: z.coerce
    .number({ error: "param.limit" })
    .int({ error: "param.limit" })
    .min(1, { error: "param.limit" })
    .max(MAX_LIMIT, { error: "param.limit" })
    .default(DEFAULT_LIMIT)
    .meta({ description: `Items per page, 1 to ${MAX_LIMIT}.` }),
  cursor: z
    .string()
    .refine((token) => decodeCursor(list, token) !== null, { error: "param.cursor" })
    .optional()
    .meta({ description: "Where to go on from: copy it from `links.next`; it has no meaning of its own." }),
});

const pattern = (regex: RegExp, key: string) => z.string().regex(regex, { error: key });

const yearParam = z.coerce
  .number({ error: "param.year" })
  .int({ error: "param.year" })
  .min(FIRST_YEAR, { error: "param.year" })
  .max(LAST_YEAR, { error: "param.year" });

const updatedSinceParam = (what: string) =>
  z.iso
    .datetime({ offset: true, error: "param.instant" })
    .optional()
    .meta({ description: `Only ${what} changed at or after this instant (ISO 8601 with a time zone).` });

export const projectQuerySchema = z.strictObject({
  lang: langParam,
  ...pagingParams("projects"),
  country: pattern(COUNTRY_CODE, "param.country")
    .optional()
    .meta({ description: "Projects in which this country takes part (ISO 3166-1 alpha-2).", example: "TH" }),
  pillar: pattern(SLUG, "param.pillar").optional().meta({ description: "A pillar's slug (see /pillars)." }),
  area: pattern(SLUG, "param.area")
    .optional()
    .meta({ description: "A priority area's slug (see /priority-areas)." }),
  status: z
    .enum(PROJECT_STATUSES, { error: "param.oneOf" })
    .optional()
    .meta({ description: "Projects with this status." }),
  year: yearParam.optional().meta({ description: "The year the project was approved." }),
  funding: z
    .enum(FUNDING_SOURCES, { error: "param.oneOf" })
    .optional()
    .meta({ description: "Projects with a funding line from this source." }),
  paragraph: pattern(CITATION, "param.paragraph").optional().meta({
    description: "Projects that implement this paragraph of the plan (its citation).",
    example: "4.2.5-3",
  }),
  section: pattern(SECTION_NUMBER, "param.section").optional().meta({
    description: "Projects that implement a paragraph of this section or its sub-sections.",
    example: "4.2",
  }),
  q: z
    .string()
    .max(100, { error: "param.search" })
    // PostgreSQL refuses NUL in text, and no control character belongs in a search.
    .regex(/^[^\u0000-\u001f\u007f]*$/, { error: "param.plainText" })
    .optional()
    .meta({ description: "Words to find in the projects' texts, in any of the seven languages." }),
  updatedSince: updatedSinceParam("projects"),
});
export type ProjectQuery = z.output<typeof projectQuerySchema>;

export const projectCodeParam = pattern(PROJECT_CODE, "param.code").meta({
  description: "The project's code.",
  example: "LMC-2019-TH-012",
});

export const updateQuerySchema = z.strictObject({
  lang: langParam,
  ...pagingParams("updates"),
  project: pattern(PROJECT_CODE, "param.code")
    .optional()
    .meta({ description: "The updates of this published project (its code).", example: "LMC-2019-TH-012" }),
  country: pattern(COUNTRY_CODE, "param.country")
    .optional()
    .meta({ description: "Updates of projects in which this country takes part.", example: "LA" }),
  year: yearParam.optional().meta({ description: "The reporting year the update counts for." }),
  status: z
    .enum(PROJECT_STATUSES, { error: "param.oneOf" })
    .optional()
    .meta({ description: "Updates that reported this status." }),
  updatedSince: updatedSinceParam("updates"),
});
export type UpdateQuery = z.output<typeof updateQuerySchema>;

export const planSlugParam = pattern(PLAN_SLUG, "param.plan").meta({
  description: "The plan's slug (see /plans).",
  example: "2018-2022",
});

export const editionNumberParam = z.coerce
  .number({ error: "param.edition" })
  .int({ error: "param.edition" })
  .min(1, { error: "param.edition" })
  .max(1_000_000, { error: "param.edition" })
  .meta({ description: "The edition's number (see /editions).", example: 1 });

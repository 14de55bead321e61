import "server-only";
import { z } from "zod";
import type { Answer } from "@/lib/http/api-route";
import { langParam, projectCodeParam, projectQuerySchema } from "./params";
import { projectDetail, projectList } from "./projects";
import { countryList, pillarList, priorityAreaList } from "./reference";
import {
  countryListSchema,
  pillarListSchema,
  priorityAreaListSchema,
  projectDetailSchema,
  projectListSchema,
} from "./schemas";

// Every route of the public API in one table: the route files serve these, the OpenAPI document
// describes them, and the contract tests walk them, so none can be added without the other two.

export type Endpoint = {
  /** OpenAPI path under /api/v1, with {name} for path parameters. */
  path: string;
  name: string;
  summary: string;
  query: z.ZodObject;
  pathParams?: z.ZodObject;
  response: z.ZodType;
  /** Also answers as CSV (`Accept: text/csv` or the `.csv` address). */
  csv: boolean;
  // The route's parsed parameters; each read types its own.
  read: (query: never, path: never) => Promise<Answer | null>;
};

const langOnly = z.strictObject({ lang: langParam });

export const endpoints = {
  projects: {
    path: "/projects",
    name: "projects",
    summary: "Published projects, in the order of their last change",
    query: projectQuerySchema,
    response: projectListSchema,
    csv: true,
    read: projectList,
  },
  project: {
    path: "/projects/{code}",
    name: "project",
    summary: "A published project with its status updates",
    query: langOnly,
    pathParams: z.object({ code: projectCodeParam }),
    response: projectDetailSchema,
    csv: false,
    read: projectDetail,
  },
  countries: {
    path: "/countries",
    name: "countries",
    summary: "The six participating countries",
    query: langOnly,
    response: countryListSchema,
    csv: true,
    read: countryList,
  },
  pillars: {
    path: "/pillars",
    name: "pillars",
    summary: "The pillars of the cooperation",
    query: langOnly,
    response: pillarListSchema,
    csv: true,
    read: pillarList,
  },
  priorityAreas: {
    path: "/priority-areas",
    name: "priority-areas",
    summary: "The priority areas, each under its pillar",
    query: langOnly,
    response: priorityAreaListSchema,
    csv: true,
    read: priorityAreaList,
  },
} satisfies Record<string, Endpoint>;

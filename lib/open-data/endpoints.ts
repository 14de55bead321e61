import "server-only";
import { z } from "zod";
import type { Answer } from "@/lib/http/api-route";
import { editionDetailSchema, editionListSchema } from "./edition-schemas";
import { editionDetail, editionList } from "./editions";
import {
  editionNumberParam,
  langParam,
  planSlugParam,
  projectCodeParam,
  projectQuerySchema,
  updateQuerySchema,
} from "./params";
import { paragraphListSchema, planListSchema, sectionListSchema } from "./plan-schemas";
import { paragraphList, planList, sectionList } from "./plans";
import { projectDetail, projectList } from "./projects";
import { countryList, meetingList, pillarList, priorityAreaList, workingGroupList } from "./reference";
import {
  countryListSchema,
  meetingListSchema,
  pillarListSchema,
  priorityAreaListSchema,
  projectDetailSchema,
  projectListSchema,
  updateListSchema,
  workingGroupListSchema,
} from "./schemas";
import { updateList } from "./updates";

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
const planPath = z.object({ slug: planSlugParam });

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
  updates: {
    path: "/updates",
    name: "updates",
    summary: "Status updates of published projects, in the order of their last change",
    query: updateQuerySchema,
    response: updateListSchema,
    csv: true,
    read: updateList,
  },
  plans: {
    path: "/plans",
    name: "plans",
    summary: "The plans of action in force or ended, the latest first",
    query: langOnly,
    response: planListSchema,
    csv: true,
    read: planList,
  },
  sections: {
    path: "/plans/{slug}/sections",
    name: "sections",
    summary: "A plan's chapters, sections and sub-sections in reading order",
    query: langOnly,
    pathParams: planPath,
    response: sectionListSchema,
    csv: true,
    read: sectionList,
  },
  paragraphs: {
    path: "/plans/{slug}/paragraphs",
    name: "paragraphs",
    summary: "A plan's commitment paragraphs in reading order, with their citation ids",
    query: langOnly,
    pathParams: planPath,
    response: paragraphListSchema,
    csv: true,
    read: paragraphList,
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
  workingGroups: {
    path: "/working-groups",
    name: "working-groups",
    summary: "The working groups of the cooperation",
    query: langOnly,
    response: workingGroupListSchema,
    csv: true,
    read: workingGroupList,
  },
  meetings: {
    path: "/meetings",
    name: "meetings",
    summary: "The cooperation's meetings, the most recent first",
    query: langOnly,
    response: meetingListSchema,
    csv: true,
    read: meetingList,
  },
  editions: {
    path: "/editions",
    name: "editions",
    summary: "Published editions of the annual progress report, the newest first",
    query: langOnly,
    response: editionListSchema,
    csv: true,
    read: editionList,
  },
  edition: {
    path: "/editions/{number}",
    name: "edition",
    summary: "A published report edition: its figures and what changed since the previous one",
    query: langOnly,
    pathParams: z.object({ number: editionNumberParam }),
    response: editionDetailSchema,
    csv: false,
    read: editionDetail,
  },
} satisfies Record<string, Endpoint>;

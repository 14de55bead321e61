import "server-only";
import { createDocument, type ZodOpenApiPathsObject } from "zod-openapi";
import { iatiQuerySchema } from "@/lib/iati/params";
import { bulkQuerySchema } from "./bulk";
import { endpoints, type Endpoint } from "./endpoints";
import { problemSchema } from "./schemas";

// The OpenAPI 3.1 document of the public API, generated from the zod schemas that check its
// parameters and shape its answers (zod-openapi): nothing in it is written twice.

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problemSchema } },
});

function operation(endpoint: Endpoint) {
  const json = { "application/json": { schema: endpoint.response } };
  return {
    operationId: endpoint.name,
    summary: endpoint.summary,
    requestParams: { query: endpoint.query, ...(endpoint.pathParams ? { path: endpoint.pathParams } : {}) },
    responses: {
      "200": {
        description: endpoint.csv ? "The list, as JSON or (Accept: text/csv) as CSV" : "The resource",
        content: endpoint.csv
          ? { ...json, "text/csv": { schema: { type: "string" as const, description: "UTF-8 with BOM" } } }
          : json,
      },
      "304": { description: "Not modified since the ETag given in If-None-Match" },
      "400": problem("A parameter was refused: see `errors`"),
      ...(endpoint.pathParams ? { "404": problem("Nothing published has this address") } : {}),
      "429": problem("Too many requests from this address: wait for Retry-After seconds"),
      "503": problem("The database cannot be reached just now: try again after Retry-After seconds"),
    },
  };
}

/** The IATI file: streamed XML, not a JSON resource, so outside the table of endpoints. */
export const IATI_PATH = "/iati/activities.xml";
const iatiOperation = {
  operationId: "iati-activities",
  summary: "Published projects as an IATI 2.03 activity file",
  description:
    "Every published project IATI can take (the others are listed for staff with the reason), streamed. Titles and descriptions carry each source or reviewed wording with its xml:lang.",
  requestParams: { query: iatiQuerySchema },
  responses: {
    "200": {
      description: "An iati-activities document, version 2.03",
      content: { "application/xml": { schema: { type: "string" as const } } },
    },
    "400": problem("A parameter was refused: see `errors`"),
    "404": problem("No published project in scope can be exported"),
    "429": problem("Too many requests from this address: wait for Retry-After seconds"),
    "503": problem("The database cannot be reached just now: try again after Retry-After seconds"),
  },
};

/** The bulk downloads: streamed, outside the table of endpoints like the IATI file. */
export const BULK_PATHS = { jsonl: "/bulk/projects.jsonl", csv: "/bulk/projects.csv" } as const;
const bulkOperation = (format: "jsonl" | "csv", media: string) => ({
  operationId: `bulk-projects-${format}`,
  summary:
    format === "jsonl"
      ? "Every published project, one Project object per line (JSON Lines), streamed"
      : "Every published project as CSV, the columns of the project list, streamed",
  requestParams: { query: bulkQuerySchema },
  responses: {
    "200": {
      description: "All published projects",
      content: { [media]: { schema: { type: "string" as const } } },
    },
    "400": problem("A parameter was refused: see `errors`"),
    "429": problem("Too many requests from this address: wait for Retry-After seconds"),
    "503": problem("The database cannot be reached just now: try again after Retry-After seconds"),
  },
});

let cached: ReturnType<typeof createDocument> | undefined;

export function openApiDocument() {
  cached ??= createDocument({
    openapi: "3.1.0",
    info: {
      title: "LMC Plan Tracker public API",
      version: "1.0.0",
      description:
        "What the portal publishes about the Lancang-Mekong Cooperation's Five-Year Plan of Action and the projects that implement it. Read only, no key; lists are paged by cursor.",
      license: { name: "CC BY 4.0", identifier: "CC-BY-4.0" },
    },
    // Relative to the document's own address, so it holds on any host the portal runs on.
    servers: [{ url: "/api/v1" }],
    // Public and read only: no key, no sign-in.
    security: [],
    paths: {
      ...(Object.fromEntries(
        Object.values(endpoints).map((endpoint) => [endpoint.path, { get: operation(endpoint) }]),
      ) as ZodOpenApiPathsObject),
      [IATI_PATH]: { get: iatiOperation },
      [BULK_PATHS.jsonl]: { get: bulkOperation("jsonl", "application/jsonl") },
      [BULK_PATHS.csv]: { get: bulkOperation("csv", "text/csv") },
    },
  });
  return cached;
}

import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { checkApiRequest } from "@/lib/http/api-route";
import { csvLines } from "@/lib/http/csv";
import { langParam, projectQuerySchema } from "./params";
import { projectsJson } from "./item-json";
import { projectColumns } from "./project-columns";
import type { ApiProject } from "./schemas";

// Every published project in one response, for harvesters: JSON Lines (one project per line, as
// the API's Project schema) or CSV (the list's columns). Written while read, 500 projects at a
// time in the list's keyset order, so 10,000 projects never sit in memory.

export const BULK_FORMATS = ["jsonl", "csv"] as const;
export type BulkFormat = (typeof BULK_FORMATS)[number];

export const bulkQuerySchema = z.strictObject({
  lang: langParam,
  updatedSince: projectQuerySchema.shape.updatedSince,
});

const BATCH = 500;

export function bulkProjects(
  format: BulkFormat,
  query: z.output<typeof bulkQuerySchema>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: { updatedAt: Date; code: string } | null = null;
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      const where: Prisma.ProjectWhereInput = {
        published: true,
        ...(query.updatedSince ? { updatedAt: { gte: new Date(query.updatedSince) } } : {}),
        ...(after
          ? {
              OR: [
                { updatedAt: { gt: after.updatedAt } },
                { updatedAt: after.updatedAt, code: { gt: after.code } },
              ],
            }
          : {}),
      };
      const rows = await getDb().project.findMany({
        where,
        orderBy: [{ updatedAt: "asc" }, { code: "asc" }],
        take: BATCH,
        select: { id: true, code: true, updatedAt: true },
      });
      const projects = await projectsJson(
        rows.map((row) => row.id),
        query.lang,
      );
      let text: string;
      if (format === "jsonl") {
        text = projects.map((project) => `${project}\n`).join("");
      } else {
        const table = projectColumns(projects.map((project) => JSON.parse(project) as ApiProject));
        text = `${started ? "" : `\uFEFF${csvLines([table.fields])}`}${csvLines(table.rows)}`;
      }
      started = true;
      if (text) controller.enqueue(encoder.encode(text));
      if (rows.length < BATCH) controller.close();
      else after = rows.at(-1)!;
    },
  });
}

const MEDIA: Record<BulkFormat, string> = { jsonl: "application/jsonl", csv: "text/csv" };

/** The route handler of one bulk download: checked like every API request, then streamed. */
export function bulkRoute(format: BulkFormat) {
  return async function GET(request: Request) {
    const checked = await checkApiRequest(request, bulkQuerySchema, z.object({}));
    if (checked instanceof Response) return checked;
    return new Response(bulkProjects(format, checked.query), {
      headers: {
        ...checked.headers,
        "Content-Type": `${MEDIA[format]}; charset=utf-8`,
        "Content-Disposition": `attachment; filename="lmc-projects.${format}"`,
        "Cache-Control": "public, max-age=0, must-revalidate",
      },
    });
  };
}

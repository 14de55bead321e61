import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { publicOrigin } from "@/lib/seo/alternates";
import { dateToDay } from "@/lib/validation/primitives";
import { activityXml, type ActivityContext } from "./activity";
import { reportingOrg } from "./config";
import { iatiProjectSelect } from "./project-shape";
import type { IatiProblem } from "./rules";

// The IATI activity file of published projects, streamed: projects are read 200 at a time in code
// order and written as they come (the next batch read while one is written), so a file of 10,000
// activities never sits in memory.

const BATCH = 200;

export type IatiScope = {
  country?: string;
  project?: string;
  /** Unpublished projects too: only for the staff's list of problems, never for a file. */
  unpublished?: boolean;
};

async function context(): Promise<ActivityContext> {
  const countries = await getDb().country.findMany({
    select: {
      code: true,
      name: { select: { translations: { where: { locale: "en" }, select: { value: true } } } },
    },
  });
  return {
    org: reportingOrg(),
    origin: publicOrigin().origin,
    today: dateToDay(new Date()),
    countryNames: Object.fromEntries(
      countries.map((country) => [country.code, country.name.translations[0]?.value ?? country.code]),
    ),
  };
}

const scopeWhere = (scope: IatiScope): Prisma.ProjectWhereInput => ({
  ...(scope.unpublished ? {} : { published: true }),
  ...(scope.country ? { countries: { some: { countryCode: scope.country } } } : {}),
  ...(scope.project ? { code: scope.project } : {}),
});

/** Every published project in scope, a batch at a time, with its activity or its problems. */
async function* activities(scope: IatiScope) {
  const ctx = await context();
  const batch = (after?: string) => {
    const rows = getDb().project.findMany({
      where: { ...scopeWhere(scope), ...(after ? { code: { gt: after } } : {}) },
      orderBy: { code: "asc" },
      take: BATCH,
      relationLoadStrategy: "query",
      select: iatiProjectSelect,
    });
    // A batch read ahead and never awaited (the reader went away) must not end the process.
    rows.catch(() => {});
    return rows;
  };
  let next = batch();
  for (;;) {
    const rows = await next;
    // The next batch is read while this one is written.
    if (rows.length === BATCH) next = batch(rows.at(-1)!.code);
    for (const row of rows) yield { code: row.code, result: activityXml(row, ctx) };
    if (rows.length < BATCH) return;
  }
}

/**
 * The `iati-activities` file as a stream of UTF-8 bytes, or null when no project in scope can be
 * exported (the schema wants at least one activity: an empty file would not be valid).
 */
export async function openIatiFile(
  scope: Omit<IatiScope, "unpublished">,
): Promise<ReadableStream<Uint8Array> | null> {
  const encoder = new TextEncoder();
  const source = activities(scope);
  const nextActivity = async () => {
    for (;;) {
      const next = await source.next();
      if (next.done) return null;
      if (next.value.result.ok) return next.value.result.xml;
    }
  };
  const first = await nextActivity();
  if (first === null) return null;
  const header = `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="${new Date().toISOString()}">\n`;
  let chunk = `${header}${first}\n`;
  return new ReadableStream({
    async pull(controller) {
      // Several activities per chunk: fewer, larger writes.
      while (chunk.length < 64 * 1024) {
        const xml = await nextActivity();
        if (xml === null) {
          controller.enqueue(encoder.encode(`${chunk}</iati-activities>\n`));
          controller.close();
          return;
        }
        chunk += `${xml}\n`;
      }
      controller.enqueue(encoder.encode(chunk));
      chunk = "";
    },
    async cancel() {
      await source.return(undefined);
    },
  });
}

/** Published projects IATI cannot take as they are, with the reasons (for staff). */
export async function iatiProblemList(
  scope: IatiScope = {},
): Promise<{ code: string; problems: IatiProblem[] }[]> {
  const found: { code: string; problems: IatiProblem[] }[] = [];
  for await (const { code, result } of activities(scope))
    if (!result.ok) found.push({ code, problems: result.problems });
  return found;
}

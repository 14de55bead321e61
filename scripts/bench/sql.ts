// The limit for pages that read the database: the very statements Prisma sent for the page,
// captured from its query log and replayed through a plain `pg` pool, and their EXPLAIN plans.
import type pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { percentile, type LoadResult } from "./load";

export type Statement = { sql: string; params: unknown[] };

/** A Prisma client that records every statement it sends, for `capture`. */
export function recordingClient(url: string) {
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ level: "query", emit: "event" }],
  });
  let recorded: Statement[] = [];
  db.$on("query", (event) =>
    recorded.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] }),
  );
  return {
    db,
    async capture(work: () => Promise<unknown>): Promise<Statement[]> {
      recorded = [];
      await work();
      return recorded;
    },
  };
}

/**
 * Runs a page's statements from `connections` workers at once. A page's statements run
 * concurrently, even those Prisma sends one after another, which makes the limit a little stricter.
 */
export async function measureSql(
  pool: pg.Pool,
  statements: Statement[],
  { seconds = 10, connections = 10 } = {},
): Promise<LoadResult> {
  const once = () => Promise.all(statements.map(({ sql, params }) => pool.query(sql, params)));
  const run = async (duration: number, times: number[]) => {
    const deadline = performance.now() + duration * 1000;
    let errors = 0;
    const worker = async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        try {
          await once();
          times.push(performance.now() - started);
        } catch {
          errors++;
        }
      }
    };
    await Promise.all(Array.from({ length: connections }, worker));
    return errors;
  };
  await run(2, []); // warm-up, as for the HTTP side
  const times: number[] = [];
  const errors = await run(seconds, times);
  times.sort((a, b) => a - b);
  return {
    requestsPerSecond: times.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors,
    non2xx: 0,
  };
}

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };

export type Explained = {
  text: string;
  scans: string[];
  seqScansOfLargeTables: string[];
  milliseconds: number;
};

/**
 * EXPLAIN ANALYZE of one statement; a sequential scan of a table over `largeRows` rows is flagged.
 * Its time is the median of five runs: one run of a 10 ms statement varies by half on this machine.
 */
export async function explain(
  pool: pg.Pool,
  { sql, params }: Statement,
  largeRows = 1000,
): Promise<Explained> {
  const { rows: text } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  const runs: { Plan: PlanNode; "Execution Time": number }[] = [];
  for (let run = 0; run < 5; run++) {
    const { rows: json } = await pool.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
    runs.push(json[0]["QUERY PLAN"][0]);
  }
  const root = runs.sort((a, b) => a["Execution Time"] - b["Execution Time"])[2]!;
  const { rows: sizes } = await pool.query<{ relname: string; reltuples: number }>(
    "SELECT relname, reltuples FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace",
  );
  const rowsOf = new Map(sizes.map((size) => [size.relname, Number(size.reltuples)]));
  const scans = new Set<string>();
  const seqScans = new Set<string>();
  const walk = (node: PlanNode) => {
    const relation = node["Relation Name"];
    if (relation || node["Index Name"]) {
      scans.add(
        [node["Node Type"], relation && `on ${relation}`, node["Index Name"] && `(${node["Index Name"]})`]
          .filter(Boolean)
          .join(" "),
      );
    }
    if (relation && node["Node Type"] === "Seq Scan" && (rowsOf.get(relation) ?? 0) > largeRows)
      seqScans.add(relation);
    node.Plans?.forEach(walk);
  };
  walk(root.Plan);
  return {
    text: text.map((row) => row["QUERY PLAN"]).join("\n"),
    scans: [...scans],
    seqScansOfLargeTables: [...seqScans],
    milliseconds: root["Execution Time"],
  };
}

// `npm run test:load [-- --duration 60 --clients 100]`: the production build on a seeded database of
// its own, 100 clients on loopback for 60 s (by default): 80 % reads (plan, section, project lists
// with filters and a Thai search, a project page, the dashboard, the API), 20 % writes by the six
// secretariats (new status updates, and corrections at the version the client holds; a third of
// them followed by the same correction from a "second tab" at the old version). Printed: requests/s and
// p50/p95/p99 per route, the 5xx count (must be 0), and the reconciliation of every acknowledged
// write with the database and its audit trail. Exits non-zero when a 5xx, an unexpected answer or
// a reconciliation difference is found. `--instances 2` runs it against two instances sharing a
// Redis behind the balancer (scripts/cluster/, docs/decisions/0032). `npm test` runs short ones
// (15 s, 30 clients, one instance and two).
import { parseArgs } from "node:util";
import pg from "pg";
import { percentile } from "../bench/load";
import { fmt, requireBuild, startPortal } from "../bench/portal";
import { connectionParts } from "../db/connection";
import { clusters } from "../db/embedded";
import { createTestDatabase } from "../db/test-database";
import { startCluster } from "../cluster/cluster";
import { REDIS_PORTS, startLocalRedis, type LocalRedis } from "../redis-server";
import { printReconciliation, reconcile } from "./reconcile";
import { signInSecretariats } from "./session";
import { editActionId, readProject, trafficFor, type Sample } from "./traffic";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    clients: { type: "string", default: "100" },
    instances: { type: "string", default: "1" },
  },
});
const seconds = Number(values.duration);
const clients = Number(values.clients);
const instances = Number(values.instances);
const PORT = 3120;

requireBuild();
const database = await createTestDatabase(clusters.load, "load");
const owner = new pg.Client(connectionParts(database.ownerUrl));
await owner.connect();
let redis: LocalRedis | undefined;
let portal: { origin: string; stop(): Promise<void> };
if (instances > 1) {
  redis = await startLocalRedis(REDIS_PORTS.load);
  portal = await startCluster({
    databaseUrl: database.url,
    redisUrl: redis.url,
    count: instances,
    port: PORT,
  });
} else {
  portal = await startPortal(database.url, PORT);
}
let failed = false;
try {
  const writers = await signInSecretariats(owner, portal.origin);
  const runId = `load-${Date.now()}`;
  const traffic = trafficFor(portal.origin, writers, {
    runId,
    actionId: editActionId(),
    project: await readProject(owner),
  });
  // Warm-up: every route once, so the first figures are not the compiler's.
  await Promise.all(Array.from({ length: 12 }, (_, index) => traffic.client(index, Date.now() + 3_000)));
  traffic.samples.length = 0;
  const startedAt = new Date();
  const until = Date.now() + seconds * 1_000;
  await Promise.all(Array.from({ length: clients }, (_, index) => traffic.client(index, until)));

  report(traffic.samples, seconds, clients);
  failed = traffic.samples.some(
    (sample) => sample.status >= 500 || sample.status === 0 || unexpectedAnswer(sample),
  );
  const reconciliation = await reconcile(owner, traffic.ledger, startedAt);
  printReconciliation(reconciliation, traffic.ledger);
  failed ||= reconciliation.problems.length > 0 || reconciliation.storedUnacknowledged > 0;
  failed ||= traffic.ledger.unexpected.length > 0;
} finally {
  await portal.stop();
  await redis?.stop();
  await owner.end();
  await database.dispose();
}
process.exit(failed ? 1 : 0);

/** Every read and write answers 200 here (a refused stale correction too, with its conflict in words). */
function unexpectedAnswer(sample: Sample): boolean {
  return sample.status !== 200 && sample.status !== 0 && sample.status < 500;
}

function report(samples: Sample[], seconds: number, clients: number) {
  const routes = [...new Set(samples.map((sample) => sample.route))].sort();
  const errors = samples.filter((sample) => sample.status >= 500 || sample.status === 0).length;
  console.log(
    `\nLoad: ${clients} clients for ${seconds} s on loopback, ${
      instances > 1 ? `${instances} instances sharing Redis behind a round-robin balancer` : "one instance"
    } (${samples.length} requests)`,
  );
  console.log(
    "route".padEnd(40),
    "req/s".padStart(8),
    "p50 ms".padStart(8),
    "p95 ms".padStart(8),
    "p99 ms".padStart(8),
    "5xx".padStart(5),
    "other".padStart(6),
  );
  for (const route of routes) {
    const times = samples
      .filter((sample) => sample.route === route)
      .map((sample) => sample.ms)
      .sort((a, b) => a - b);
    const bad = samples.filter(
      (sample) => sample.route === route && (sample.status >= 500 || sample.status === 0),
    ).length;
    const other = samples.filter((sample) => sample.route === route && unexpectedAnswer(sample)).length;
    console.log(
      route.padEnd(40),
      fmt(times.length / seconds).padStart(8),
      fmt(percentile(times, 50)).padStart(8),
      fmt(percentile(times, 95)).padStart(8),
      fmt(percentile(times, 99)).padStart(8),
      String(bad).padStart(5),
      String(other).padStart(6),
    );
  }
  const other = samples.filter(unexpectedAnswer).length;
  console.log(
    `all: ${fmt(samples.length / seconds)} req/s, 5xx or failed connections: ${errors} (must be 0), ` +
      `other answers than 200: ${other} (must be 0)`,
  );
}

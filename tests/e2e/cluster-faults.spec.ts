// Faults of several instances under load (docs/decisions/0032): two instances of the portal sharing
// one database and one Redis behind the balancer (scripts/cluster/), with the load test's traffic
// (reads of every public route, writes by the six secretariats, stale corrections) running.
// (b) One instance killed with SIGKILL: the other keeps serving (only answers the killed one was
//     sending are cut off), no acknowledged write is lost or doubled, and once started again the
//     killed one serves current data.
// (c) Redis stopped for 6 s: the instances render instead (slower, correct), nothing fails, and
//     when it returns they are ready again and a change made on one is seen on the other at once.
// The figures are printed.
import pg from "pg";
import { percentile } from "../../scripts/bench/load";
import { startCluster, type LocalCluster } from "../../scripts/cluster/cluster";
import { connectionParts } from "../../scripts/db/connection";
import { dropDatabase } from "../../scripts/db/database";
import { clusters, startEmbeddedPostgres, type Cluster } from "../../scripts/db/embedded";
import { reconcile } from "../../scripts/load/reconcile";
import { signInSecretariats } from "../../scripts/load/session";
import { editActionId, readProject, trafficFor, type Sample, type Writer } from "../../scripts/load/traffic";
import { REDIS_PORTS, startLocalRedis, type LocalRedis } from "../../scripts/redis-server";
import { seededDatabase, type SeededDatabase } from "../support/seeded-database";
import { expect, test } from "./support";

const PORT = 3130;
const CLIENTS = 10;
const SECRET = "cluster-faults-secret-0123456789abcdef0123456789abcdef";

test.setTimeout(240_000);

let postgres: Cluster;
let database: SeededDatabase;
let redis: LocalRedis;
let portal: LocalCluster;
let owner: pg.Client;
let writers: Writer[];
let project: string;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  postgres = await startEmbeddedPostgres(clusters.faults);
  database = await seededDatabase(postgres, "cluster_faults");
  redis = await startLocalRedis(REDIS_PORTS.faults);
  portal = await startCluster({
    databaseUrl: database.appUrl,
    redisUrl: redis.url,
    count: 2,
    port: PORT,
    env: { NEXTAUTH_SECRET: SECRET, JOBS: "off", LMC_LOG: "off" },
  });
  owner = new pg.Client(connectionParts(database.ownerUrl));
  await owner.connect();
  writers = await signInSecretariats(owner, portal.origin);
  project = await readProject(owner);
});

test.afterAll(async () => {
  await portal?.stop();
  await redis?.stop();
  await owner?.end();
  if (database) await dropDatabase(postgres.url, database.name).catch(() => {});
  await postgres?.stop().catch(() => {});
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const failedSample = (sample: Sample) => sample.status === 0 || sample.status >= 500;
const isWrite = (sample: Sample) => sample.route.startsWith("write");

/** The traffic of the load test, `CLIENTS` clients until `ms` from now; `during` runs meanwhile. */
async function underLoad(ms: number, during: (traffic: ReturnType<typeof trafficFor>) => Promise<void>) {
  const traffic = trafficFor(portal.origin, writers, {
    runId: `faults-${Date.now()}`,
    actionId: editActionId(),
    project,
  });
  const startedAt = new Date();
  const until = Date.now() + ms;
  const clients = Promise.all(Array.from({ length: CLIENTS }, (_, index) => traffic.client(index, until)));
  await during(traffic);
  await clients;
  return { traffic, reconciliation: await reconcile(owner, traffic.ledger, startedAt) };
}

/** A project page read from one instance directly (not through the balancer). */
async function pageOn(instance: number, project: string): Promise<string> {
  const response = await fetch(`${portal.instances[instance]!.origin}/en/projects/${project}`);
  expect(response.status).toBe(200);
  return response.text();
}

/** A status update written through the balancer shows on both instances' copies of its page at once. */
async function changeSeenOnBoth() {
  const traffic = trafficFor(portal.origin, writers, {
    runId: `seen-${Date.now()}`,
    actionId: editActionId(),
    project,
  });
  // The Thai secretariat writes on the (Thai) project the traffic reads.
  const writer = writers.find((candidate) => candidate.country === "TH")!;
  // Both instances keep the page (in memory in front of Next, and in Redis) before the change.
  await pageOn(0, project);
  await pageOn(1, project);
  const written = await traffic.create(writer, project);
  expect(written, "the status update was acknowledged").not.toBeNull();
  expect(await pageOn(0, project)).toContain(written!.narrative);
  expect(await pageOn(1, project)).toContain(written!.narrative);
}

const p50 = (samples: Sample[]) =>
  Math.round(
    percentile(
      samples.map((sample) => sample.ms).sort((a, b) => a - b),
      50,
    ),
  );

test("(b) one of two instances killed: the other serves on, no write lost, the restarted one is current", async () => {
  const servedBefore = portal.balancer.served.get(portal.instances[1]!.origin) ?? 0;
  let killedAt = 0;
  let restartedMs = 0;
  const { traffic, reconciliation } = await underLoad(16_000, async (traffic) => {
    await sleep(4_000);
    killedAt = traffic.samples.length;
    await portal.instances[0]!.kill();
    await sleep(5_000);
    const started = Date.now();
    await portal.restart(0);
    restartedMs = Date.now() - started;
  });
  const reads = traffic.samples.filter((sample) => !isWrite(sample));
  const failedWrites = traffic.samples.filter((sample) => isWrite(sample) && failedSample(sample));
  const servedByOther = (portal.balancer.served.get(portal.instances[1]!.origin) ?? 0) - servedBefore;
  console.log(
    `instance killed: ${traffic.samples.length} requests (${killedAt} before the kill), ` +
      `${reads.filter(failedSample).length} of ${reads.length} reads failed, ` +
      `${failedWrites.length} of ${traffic.samples.length - reads.length} writes cut off in flight (answered 502, never acknowledged); ` +
      `the surviving instance answered ${servedByOther}; the killed one served again ${restartedMs} ms after its restart began; ` +
      `reconciliation: ${traffic.ledger.created.length} acknowledged updates, ${reconciliation.problems.length} differences, ` +
      `${reconciliation.storedUnacknowledged} stored without acknowledgement`,
  );
  // Only what the killed instance was sending when it died may be cut off (a request whose answer
  // had not begun goes to the other instance): a read it was streaming cannot be sent again by any
  // balancer, and a write is never half done. Each client has one request in flight at most.
  const failedReads = reads.filter(failedSample);
  const cutOff = (sample: Sample) => sample.status === 0 || sample.status === 502;
  expect(
    failedReads.filter((sample) => !cutOff(sample)).map((sample) => `${sample.route} ${sample.status}`),
  ).toEqual([]);
  expect(failedReads.length + failedWrites.length).toBeLessThanOrEqual(CLIENTS);
  expect(traffic.ledger.unexpected.every((entry) => / (502|0) /.test(entry))).toBe(true);
  expect(reconciliation.problems).toEqual([]);
  expect(reconciliation.storedUnacknowledged).toBeLessThanOrEqual(failedWrites.length);
  expect(servedByOther).toBeGreaterThan(0);
  await changeSeenOnBoth();
});

test("(c) Redis stopped for 6 s: the instances render instead and recover when it returns", async () => {
  const before: Sample[] = [];
  const during: Sample[] = [];
  let stoppedAt = 0;
  let readyAgainMs = -1;
  const readiness: number[] = [];
  const readyStatuses = () =>
    Promise.all(
      portal.instances.map(async (instance) => (await fetch(`${instance.origin}/api/ready`)).status),
    );
  const { traffic, reconciliation } = await underLoad(16_000, async (traffic) => {
    await sleep(4_000);
    before.push(...traffic.samples);
    stoppedAt = traffic.samples.length;
    await redis.stop();
    await sleep(3_000);
    readiness.push(...(await readyStatuses()));
    await sleep(3_000);
    during.push(...traffic.samples.slice(stoppedAt));
    await redis.start();
    const backAt = Date.now();
    while (Date.now() - backAt < 10_000) {
      if ((await readyStatuses()).every((status) => status === 200)) {
        readyAgainMs = Date.now() - backAt;
        break;
      }
      await sleep(100);
    }
  });
  const reads = (samples: Sample[]) => samples.filter((sample) => !isWrite(sample));
  console.log(
    `Redis stopped for 6 s: ${traffic.samples.length} requests, ${traffic.samples.filter(failedSample).length} failed; ` +
      `reads p50 ${p50(reads(before))} ms before, ${p50(reads(during))} ms while Redis was away; ` +
      `readiness during the outage ${readiness.join(", ")}; both ready again ${readyAgainMs} ms after it returned; ` +
      `reconciliation: ${traffic.ledger.created.length} acknowledged updates, ${reconciliation.problems.length} differences`,
  );
  expect(traffic.samples.filter(failedSample)).toEqual([]);
  expect(readiness).toEqual([503, 503]);
  expect(readyAgainMs).toBeGreaterThanOrEqual(0);
  expect(readyAgainMs).toBeLessThan(5_000);
  expect(traffic.ledger.unexpected).toEqual([]);
  expect(reconciliation).toEqual({ problems: [], storedUnacknowledged: 0 });
  await changeSeenOnBoth();
});

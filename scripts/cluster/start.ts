// `npm run start:cluster [-- --instances 2]`: the portal as a ministry would run it for availability,
// on one machine for trying: the database as `npm start` prepares it, one Redis (Debian's
// redis-server on port 6390, unless REDIS_URL names one), N instances of the server sharing both
// (ports 3001, 3002, …) and a round-robin balancer in front on http://localhost:3000 (PORT).
// docs/decisions/0032. Ctrl-C stops them all.
import { parseArgs } from "node:util";
import { preparePortal, type PreparedPortal } from "../prepare-portal";
import { REDIS_PORTS, startLocalRedis, type LocalRedis } from "../redis-server";
import { startCluster, type LocalCluster } from "./cluster";

const { values } = parseArgs({ options: { instances: { type: "string", default: "2" } } });
const count = Number(values.instances);
const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(count) || count < 1 || count > 8) {
  console.error("--instances takes a number from 1 to 8.");
  process.exit(2);
}

let database: PreparedPortal["database"] | undefined;
let redis: LocalRedis | undefined;
let cluster: LocalCluster | undefined;
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await cluster?.stop();
  await redis?.stop();
  await database?.close();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

try {
  const { env } = await preparePortal({
    publicOrigin: `http://localhost:${port}`,
    onDatabase: (opened) => (database = opened),
  });
  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    redis = await startLocalRedis(REDIS_PORTS.cluster);
    redisUrl = redis.url;
    console.log(`Redis is running on ${redisUrl} (in memory only).`);
  }
  cluster = await startCluster({ databaseUrl: env.DATABASE_URL!, redisUrl, count, port, env, log: true });
  console.log(
    `${count} instances (${cluster.instances.map((instance) => instance.origin).join(", ")}) ` +
      `behind the balancer on http://localhost:${port}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
}

// Several instances of the portal's server on one database and one Redis, behind the small balancer
// (scripts/cluster/balancer.ts): what `npm run start:cluster`, the load test's --instances and the
// cluster fault tests run. Every instance gets the same build, the same secrets and REDIS_URL
// (docs/decisions/0032); each trusts one proxy hop, the balancer's X-Forwarded-For.
import { startPortal, type Portal } from "../bench/portal";
import { startBalancer, type Balancer } from "./balancer";

export type LocalCluster = {
  /** The balancer's address: where users go. */
  origin: string;
  balancer: Balancer;
  instances: Portal[];
  /** Starts instance `index` again (after a kill or a stop), on its port. */
  restart(index: number): Promise<void>;
  stop(): Promise<void>;
};

export async function startCluster({
  databaseUrl,
  redisUrl,
  count,
  port,
  env = {},
  log = false,
}: {
  databaseUrl: string;
  redisUrl: string;
  count: number;
  /** The balancer's port; the instances take the next ones. */
  port: number;
  env?: Record<string, string>;
  log?: boolean;
}): Promise<LocalCluster> {
  const publicOrigin = `http://127.0.0.1:${port}`;
  const start = (index: number) =>
    startPortal(databaseUrl, port + 1 + index, {
      publicOrigin,
      log,
      env: { REDIS_URL: redisUrl, TRUST_PROXY_HOPS: "1", ...env },
    });
  const instances = await Promise.all(Array.from({ length: count }, (_, index) => start(index)));
  const balancer = await startBalancer(
    port,
    instances.map((instance) => instance.origin),
  );
  return {
    origin: balancer.origin,
    balancer,
    instances,
    async restart(index) {
      instances[index] = await start(index);
    },
    async stop() {
      await Promise.all(instances.map((instance) => instance.stop()));
      await balancer.close();
    },
  };
}

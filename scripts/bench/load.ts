// Load measurement on loopback with autocannon: requests per second and latency percentiles
// computed from every response time (autocannon's own summary has no p95).
import autocannon from "autocannon";

export type LoadResult = {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
};

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Loads `url` from `connections` clients for `seconds`, after a 2 s warm-up. With `eachNew`,
 * every request's address is new (an unused parameter counts up): what no cache has seen.
 */
export async function measure(
  url: string,
  { seconds = 10, connections = 10, eachNew = false } = {},
): Promise<LoadResult> {
  const { pathname, search } = new URL(url);
  let sent = 0;
  const next = eachNew ? () => `${pathname}${search ? `${search}&` : "?"}unseen=${++sent}` : undefined;
  await runLoad(url, 2, connections, () => {}, next); // warm-up: JIT, caches, connection pools
  const times: number[] = [];
  const result = await runLoad(url, seconds, connections, (time) => times.push(time), next);
  times.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function runLoad(
  url: string,
  seconds: number,
  connections: number,
  onTime: (ms: number) => void,
  nextPath?: () => string,
) {
  const requests = nextPath
    ? [{ setupRequest: (request: object) => ({ ...request, path: nextPath() }) }]
    : undefined;
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, duration: seconds, connections, requests }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => onTime(responseTime));
  });
}

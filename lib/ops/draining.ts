// Whether this process is shutting down (SIGTERM): set by the portal's server (scripts/serve.ts),
// read by the readiness check, so a load balancer stops sending new requests while those in flight
// finish. On the process's global object: the server and Next's route bundles load this module apart.

const DRAINING = Symbol.for("lmc.draining");

export function startDraining(): void {
  (globalThis as { [DRAINING]?: boolean })[DRAINING] = true;
}

export function isDraining(): boolean {
  return (globalThis as { [DRAINING]?: boolean })[DRAINING] === true;
}

// The signal "what public pages show has changed", from the mutation pipeline (inside Next's
// bundles) to the portal's server (scripts/serve.ts), which runs in the same process and keeps
// copies of public pages in front of Next (lib/http/front-cache.ts). The listeners live on
// globalThis because the two sides load this module through different module graphs.

type Listener = () => void;

const LISTENERS = Symbol.for("lmc.publicPagesChanged");

function listeners(): Set<Listener> {
  const scope = globalThis as { [LISTENERS]?: Set<Listener> };
  return (scope[LISTENERS] ??= new Set());
}

/** Called by the mutation pipeline after it has expired Next's cached pages. */
export function announcePublicPagesChanged(): void {
  for (const listener of listeners()) listener();
}

/** Calls `listener` after every change; returns how to stop. */
export function onPublicPagesChanged(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

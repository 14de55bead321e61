// The portal's server (scripts/serve.ts), the Redis cache handler Next loads beside it, and the
// job process (scripts/jobs.ts), compiled to plain JavaScript next to the production build, so that
// production runs on `node` alone. Run through tsx, the server also carried tsx's loader: its hooks'
// thread with a V8 isolate of its own and every module's TypeScript compiled at start, 45–70 MiB
// resident (docs/decisions/0019). Packages stay outside the bundles: Node loads them from
// node_modules as `next start` would.
// Called by every launcher of a production server (`npm start`, the browser tests, the benchmark
// and the cluster) just before it starts one: a fraction of a second, and never a stale server.
import { build } from "esbuild";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildFile } from "./build-dir";

const SERVER = "portal-server.mjs";
const CACHE_HANDLER = "redis-cache-handler.mjs";
const JOBS = "portal-jobs.mjs";

export type CompiledPortal = {
  /** `node`'s arguments for the server, from the project's root. */
  server: string[];
  /** `node`'s arguments for the job process; the server beside it then runs with JOBS=off. */
  jobs: string[];
  /** What both need in their environment: where next.config.ts finds the cache handler. */
  env: { PORTAL_CACHE_HANDLER: string };
};

/**
 * The server's V8 heap, traded towards memory (issue 12: at most 400 MiB resident after the
 * benchmark's run): the old generation may grow 20 % past what survived its last full collection
 * (V8 otherwise allows up to 4× while collections are cheap, and a server under load always finds
 * them cheap), and the young generation's semi-spaces stay at 8 MB (16 by default). Measured with
 * the dashboard's benchmark: 396 MiB after the run, against 559 without (the job process apart in
 * both); one-off renders some 10–25 % slower. PORTAL_V8_FLAGS replaces them ("" for V8's own).
 * Not in NODE_OPTIONS: Node refuses these flags there.
 */
const SERVER_HEAP_FLAGS = "--heap-growing-percent=20 --max-semi-space-size=8";

function serverHeapFlags(): string[] {
  return (process.env.PORTAL_V8_FLAGS ?? SERVER_HEAP_FLAGS).split(/\s+/).filter(Boolean);
}

let compiling: Promise<CompiledPortal> | undefined;

/**
 * Compiles the three into the build directory, once per process. Each file is written aside and renamed
 * into place: a server starting from another process meanwhile reads the old file or the new one,
 * never half of one.
 */
export function compilePortal(): Promise<CompiledPortal> {
  return (compiling ??= compile());
}

async function compile(): Promise<CompiledPortal> {
  const { outputFiles } = await build({
    entryPoints: {
      [path.parse(SERVER).name]: "scripts/serve.ts",
      [path.parse(CACHE_HANDLER).name]: "lib/cache/redis-cache-handler.ts",
      [path.parse(JOBS).name]: "scripts/jobs.ts",
    },
    outdir: buildFile(),
    outExtension: { ".js": ".mjs" },
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    write: false,
  });
  await mkdir(buildFile(), { recursive: true });
  for (const file of outputFiles) {
    const aside = `${file.path}.${process.pid}`;
    await writeFile(aside, file.contents);
    await rename(aside, file.path);
  }
  return {
    server: [...serverHeapFlags(), buildFile(SERVER)],
    // The jobs' modules import "server-only", which only the react-server condition lets through.
    jobs: ["--conditions=react-server", buildFile(JOBS)],
    env: { PORTAL_CACHE_HANDLER: buildFile(CACHE_HANDLER) },
  };
}

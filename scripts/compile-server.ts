// The portal's server (scripts/serve.ts), and the Redis cache handler Next loads beside it, compiled
// to plain JavaScript next to the production build, so that production runs on `node` alone. Run
// through tsx, the server also carried tsx's loader: its hooks' thread with a V8 isolate of its own
// and every module's TypeScript compiled at start: 45–70 MiB resident (docs/decisions/0019).
// Packages stay outside the bundle: Node loads them from node_modules as `next start` would.
// Called by every launcher of a production server (`npm start`, the browser tests, the benchmark
// and the cluster) just before it starts one: a fraction of a second, and never a stale server.
import { build } from "esbuild";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildFile } from "./build-dir";

const SERVER = "portal-server.mjs";
const CACHE_HANDLER = "redis-cache-handler.mjs";

export type CompiledServer = {
  /** `node`'s arguments, from the project's root. */
  args: string[];
  /** What the server needs in its environment: where next.config.ts finds the cache handler. */
  env: { PORTAL_CACHE_HANDLER: string };
};

let compiling: Promise<CompiledServer> | undefined;

/**
 * Compiles both into the build directory, once per process. Each file is written aside and renamed
 * into place: a server starting from another process meanwhile reads the old file or the new one,
 * never half of one.
 */
export function compileServer(): Promise<CompiledServer> {
  return (compiling ??= compile());
}

async function compile(): Promise<CompiledServer> {
  const { outputFiles } = await build({
    entryPoints: {
      [path.parse(SERVER).name]: "scripts/serve.ts",
      [path.parse(CACHE_HANDLER).name]: "lib/cache/redis-cache-handler.ts",
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
  return { args: [buildFile(SERVER)], env: { PORTAL_CACHE_HANDLER: buildFile(CACHE_HANDLER) } };
}

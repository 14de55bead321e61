import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";

// Production runs the compiled server on plain `node` (scripts/compile-portal.ts): whatever it
// imports must be something Node resolves on its own from the project's root.
const OUT_DIR = `.data/compiled-server-test-${process.pid}`;
const manifest = JSON.parse(readFileSync("package.json", "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const installed = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]);

/** Every module specifier a compiled ES module names, static and dynamic. */
function specifiers(compiled: string): string[] {
  const code = compiled.replace(/^\s*\/\/.*$/gm, ""); // esbuild's comments name the sources
  const found = [...code.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"/gm)].map((m) => m[1]!);
  found.push(...[...code.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]!));
  return found;
}

const packageOf = (specifier: string) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");

describe("the compiled portal", () => {
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(OUT_DIR, { recursive: true, force: true });
  });

  it("is plain JavaScript importing only Node's modules and installed packages", async () => {
    vi.stubEnv("NEXT_DIST_DIR", OUT_DIR);
    const { compilePortal } = await import("./compile-portal");
    const compiled = await compilePortal();
    const files = [compiled.server.at(-1)!, compiled.jobs.at(-1)!, compiled.env.PORTAL_CACHE_HANDLER];
    for (const file of files) {
      expect(file.startsWith(OUT_DIR)).toBe(true);
      const code = readFileSync(file, "utf8");
      const named = specifiers(code);
      expect(named).toContain(
        { "portal-server.mjs": "next", "portal-jobs.mjs": "pg-boss", "redis-cache-handler.mjs": "node:v8" }[
          path.basename(file)
        ],
      );
      for (const specifier of named) {
        if (specifier.startsWith("node:") || builtinModules.includes(specifier)) continue;
        // Nothing of the portal's own (relative, "@/", TypeScript) is left for Node to load.
        expect(specifier).not.toMatch(/^(\.|@\/)|\.tsx?$/);
        expect(installed, specifier).toContain(packageOf(specifier));
        // Into a package without an exports map, Node's ES module loader takes the file's path as
        // written, extension included.
        const manifestOf = JSON.parse(
          readFileSync(`node_modules/${packageOf(specifier)}/package.json`, "utf8"),
        );
        if (specifier !== packageOf(specifier) && !manifestOf.exports) {
          expect(existsSync(`node_modules/${specifier}`), specifier).toBe(true);
        }
      }
    }
    // Both written whole (renamed into place), nothing left aside.
    expect(existsSync(`${files[0]}.${process.pid}`)).toBe(false);
  });

  it("runs the server with heap flags this Node accepts, which PORTAL_V8_FLAGS replaces", async () => {
    vi.stubEnv("NEXT_DIST_DIR", OUT_DIR);
    vi.resetModules();
    const { server } = await (await import("./compile-portal")).compilePortal();
    const flags = server.slice(0, -1);
    expect(flags).toEqual(["--heap-growing-percent=20", "--max-semi-space-size=8"]);
    const probe = spawnSync(process.execPath, [...flags, "-e", "0"], { encoding: "utf8" });
    expect(probe.stderr).toBe("");
    expect(probe.status).toBe(0);
    vi.stubEnv("PORTAL_V8_FLAGS", "");
    vi.resetModules();
    const { server: plain } = await (await import("./compile-portal")).compilePortal();
    expect(plain).toEqual([server.at(-1)]);
  });

  it("gives Next a cache handler it can construct", async () => {
    vi.stubEnv("NEXT_DIST_DIR", OUT_DIR);
    const { compilePortal } = await import("./compile-portal");
    const { env } = await compilePortal();
    const { default: Handler } = (await import(pathToFileURL(env.PORTAL_CACHE_HANDLER).href)) as {
      default: new (options: object) => { get: unknown; set: unknown; revalidateTag: unknown };
    };
    const handler = new Handler({});
    expect(typeof handler.get).toBe("function");
    expect(typeof handler.set).toBe("function");
    expect(typeof handler.revalidateTag).toBe("function");
  });
});

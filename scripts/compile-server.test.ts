import { existsSync, readFileSync, rmSync } from "node:fs";
import { builtinModules } from "node:module";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";

// Production runs the compiled server on plain `node` (scripts/compile-server.ts): whatever it
// imports must be something Node resolves on its own from the project's root.
const OUT_DIR = `.data/compiled-server-test-${process.pid}`;
const manifest = JSON.parse(readFileSync("package.json", "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const installed = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]);

/** Every module specifier a compiled ES module names, static and dynamic. */
function specifiers(code: string): string[] {
  const found = [...code.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"/gm)].map((m) => m[1]!);
  found.push(...[...code.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]!));
  return found;
}

const packageOf = (specifier: string) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");

describe("the compiled server", () => {
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(OUT_DIR, { recursive: true, force: true });
  });

  it("is plain JavaScript importing only Node's modules and installed packages", async () => {
    vi.stubEnv("NEXT_DIST_DIR", OUT_DIR);
    const { compileServer } = await import("./compile-server");
    const compiled = await compileServer();
    const files = [compiled.args.at(-1)!, compiled.env.PORTAL_CACHE_HANDLER];
    for (const file of files) {
      expect(file.startsWith(OUT_DIR)).toBe(true);
      const code = readFileSync(file, "utf8");
      const named = specifiers(code);
      expect(named).toContain(file.endsWith("portal-server.mjs") ? "next" : "node:v8");
      for (const specifier of named) {
        if (specifier.startsWith("node:") || builtinModules.includes(specifier)) continue;
        // Nothing of the portal's own (relative, "@/", TypeScript) is left for Node to load.
        expect(specifier).not.toMatch(/^(\.|@\/)|\.tsx?$/);
        expect(installed, specifier).toContain(packageOf(specifier));
      }
    }
    // Both written whole (renamed into place), nothing left aside.
    expect(existsSync(`${files[0]}.${process.pid}`)).toBe(false);
  });

  it("gives Next a cache handler it can construct", async () => {
    vi.stubEnv("NEXT_DIST_DIR", OUT_DIR);
    const { compileServer } = await import("./compile-server");
    const { env } = await compileServer();
    const { default: Handler } = (await import(pathToFileURL(env.PORTAL_CACHE_HANDLER).href)) as {
      default: new (options: object) => { get: unknown; set: unknown; revalidateTag: unknown };
    };
    const handler = new Handler({});
    expect(typeof handler.get).toBe("function");
    expect(typeof handler.set).toBe("function");
    expect(typeof handler.revalidateTag).toBe("function");
  });
});

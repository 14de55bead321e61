// Where `next build` writes and `next start` reads: `.next` for the portal, `.next-test` for the
// test runner (NEXT_DIST_DIR), so running the tests never replaces the build a running portal serves.
import path from "node:path";

/** The test runner's build directory: never the one `npm start` serves. */
export const TEST_BUILD_DIR = ".next-test";

export const buildDir = (): string => process.env.NEXT_DIST_DIR ?? ".next";
export const buildFile = (...parts: string[]): string => path.join(buildDir(), ...parts);

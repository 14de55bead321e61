import "server-only";
// The function next/navigation re-exports, from its own module: next/navigation also loads the
// router's React contexts, which scripts that call reads outside Next (npm run bench) cannot load.
import { forbidden } from "next/dist/client/components/forbidden.js";
import { cache } from "react";
import { can, type Actor, type Permission, type Target } from "@/lib/auth/permissions";

/**
 * Who reads: the signed-in actor, or `PUBLIC` (null) for an anonymous reader. Public pages are
 * cached and identical for everyone, so they never read a session: they pass `PUBLIC` and get
 * exactly what an anonymous reader may see.
 */
export type Viewer = Actor | null;
export const PUBLIC: Viewer = null;

/**
 * "public": anyone may call the read, and it filters what it returns by the viewer (published only
 * for the public, unpublished too for staff). A permission: only viewers who hold it may call it at
 * all; anyone else gets Next's 403 (forbidden()), wherever the read is called from.
 */
export type ReadAccess = "public" | Permission;

export type Read<A extends unknown[], T> = ((viewer: Viewer, ...args: A) => Promise<T>) & {
  readName: string;
  access: ReadAccess;
};

/**
 * Every read that can return restricted data (unpublished projects, draft reports, users, the
 * audit trail) is defined here, the way every write goes through defineMutation: it takes the
 * viewer first and decides visibility itself, and `lib/reads/registry.ts` lists it so the read
 * matrix test (tests/integration/read-matrix.test.ts) proves it against every role. With
 * `perRequest`, results are shared within one request (React's cache()), e.g. by a page and its
 * metadata.
 */
export function defineRead<A extends unknown[], T>(
  name: string,
  access: "public",
  run: (viewer: Viewer, ...args: A) => Promise<T>,
  options?: { perRequest?: boolean },
): Read<A, T>;
/** A read for holders of `access` only: inside, the viewer is a signed-in actor. */
export function defineRead<A extends unknown[], T>(
  name: string,
  access: Permission,
  run: (viewer: Actor, ...args: A) => Promise<T>,
  options?: { perRequest?: boolean },
): Read<A, T>;
export function defineRead<A extends unknown[], T>(
  name: string,
  access: ReadAccess,
  run: (viewer: Actor, ...args: A) => Promise<T>,
  { perRequest = false }: { perRequest?: boolean } = {},
): Read<A, T> {
  const guarded = async (viewer: Viewer, ...args: A): Promise<T> => {
    if (access !== "public" && !can(viewer, access)) forbidden();
    return run(viewer as Actor, ...args);
  };
  const read = (perRequest ? cache(guarded) : guarded) as Read<A, T>;
  return Object.assign(read, { readName: name, access });
}

export function isRead(value: unknown): value is Read<unknown[], unknown> {
  return typeof value === "function" && "readName" in value && "access" in value;
}

/** Inside a read: 403 unless `viewer` holds `permission` for `target` (a country's or a language's records). */
export function requireRight(
  viewer: Viewer,
  permission: Permission,
  target: Target,
): asserts viewer is Actor {
  if (!can(viewer, permission, target)) forbidden();
}

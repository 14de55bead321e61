// The API's keyset cursor: where the last page of a list ended in its order (last change, then the
// item's key: a project's code, an update's id), as an opaque token that names its list. A client
// can only hand back what it was given: anything that does not decode to exactly this shape, or
// that another list issued, is refused (400), never turned into a query. See docs/decisions/0026.
import { z } from "zod";
import { PROJECT_CODE } from "@/lib/validation/primitives";

const KEYS = { projects: z.string().regex(PROJECT_CODE), updates: z.uuid() } as const;
export type CursorList = keyof typeof KEYS;

export type Cursor = { updatedAt: Date; key: string };

export function encodeCursor(list: CursorList, { updatedAt, key }: Cursor): string {
  return Buffer.from(JSON.stringify([list, updatedAt.toISOString(), key])).toString("base64url");
}

/** The position a cursor stands for in `list`, or null when it is not one this API issued for it. */
export function decodeCursor(list: CursorList, token: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(token)) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = z.tuple([z.literal(list), z.iso.datetime({ offset: false }), KEYS[list]]).safeParse(decoded);
  if (!parsed.success) return null;
  const updatedAt = new Date(parsed.data[1]);
  return Number.isNaN(updatedAt.getTime()) ? null : { updatedAt, key: parsed.data[2] };
}

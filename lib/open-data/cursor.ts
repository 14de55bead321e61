// The API's keyset cursor: where the last page ended in the list's order (last change, then code),
// as an opaque token. A client can only hand back what it was given: anything that does not
// decode to exactly this shape is refused (400), never turned into a query. See docs/decisions/0026.
import { z } from "zod";

const position = z.tuple([z.iso.datetime({ offset: false }), z.string().regex(/^[A-Z0-9-]{3,40}$/)]);

export type Cursor = { updatedAt: Date; code: string };

export function encodeCursor({ updatedAt, code }: Cursor): string {
  return Buffer.from(JSON.stringify([updatedAt.toISOString(), code])).toString("base64url");
}

/** The position a cursor stands for, or null when it is not one this API issued. */
export function decodeCursor(token: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(token)) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = position.safeParse(decoded);
  if (!parsed.success) return null;
  const updatedAt = new Date(parsed.data[0]);
  return Number.isNaN(updatedAt.getTime()) ? null : { updatedAt, code: parsed.data[1] };
}

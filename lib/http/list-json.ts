// A list's JSON as the API caches and sends it (lib/http/api-route.ts): serialized once, with the
// moment of each answer written into that text as it is sent, not by serializing the body again.

export type ListBody = { meta: object };

export const isList = (body: unknown): body is ListBody =>
  typeof body === "object" && body !== null && "meta" in body;

/** A list's JSON with `meta` as its last member, as `withGeneratedAt` needs it. */
export function listJson({ meta, ...rest }: ListBody): string {
  return JSON.stringify({ ...rest, meta });
}

/**
 * A list's JSON (from `listJson`) with `meta.generatedAt`: `meta` is the text's last member and an
 * object, so the text ends with its closing brace and the body's.
 */
export function withGeneratedAt(json: string, at = new Date()): string {
  const head = json.slice(0, -2);
  const member = `"generatedAt":${JSON.stringify(at.toISOString())}`;
  return `${head}${head.endsWith("{") ? "" : ","}${member}}}`;
}

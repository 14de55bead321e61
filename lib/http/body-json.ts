// An API body's JSON as the API caches and sends it (lib/http/api-route.ts): serialized once, its
// `data` placed as it is when the database wrote it already (RawJson), and a list's moment written
// into that text as it is sent, not by serializing the body again.

/** JSON text written elsewhere (by PostgreSQL: lib/open-data/item-json.ts), placed into a body as it is. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** The items' JSON texts as one JSON array. */
export const jsonArray = (items: string[]) => new RawJson(`[${items.join(",")}]`);

export type ListBody = { meta: object };

export const isList = (body: unknown): body is ListBody =>
  typeof body === "object" && body !== null && "meta" in body;

/**
 * A body's JSON: `data` first (as it is when RawJson), then the other members, a list's `meta`
 * last, as `withGeneratedAt` needs it.
 */
export function bodyJson(body: object): string {
  if (!("data" in body)) return JSON.stringify(body);
  const { data, meta, ...rest } = body as { data: unknown; meta?: object };
  const dataText = data instanceof RawJson ? data.text : JSON.stringify(data);
  const others = JSON.stringify(meta === undefined ? rest : { ...rest, meta });
  return `{"data":${dataText}${others === "{}" ? "}" : `,${others.slice(1)}`}`;
}

/**
 * A list's JSON (from `bodyJson`) with `meta.generatedAt`: `meta` is the text's last member and an
 * object, so the text ends with its closing brace and the body's.
 */
export function withGeneratedAt(json: string, at = new Date()): string {
  const head = json.slice(0, -2);
  const member = `"generatedAt":${JSON.stringify(at.toISOString())}`;
  return `${head}${head.endsWith("{") ? "" : ","}${member}}}`;
}

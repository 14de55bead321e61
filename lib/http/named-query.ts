// Pages shaped by their address's query (filters, page, order) are cached like every public page
// (docs/decisions/0004) under a path that names the query in one canonical form: proxy.ts rewrites
// `/en/dashboard?year=2020&country=TH` to `/en/dashboard/for/country=TH&year=2020`, and the route
// behind it answers only to that name. One set of filters is rendered and kept once, however the
// reader's address wrote it.

/**
 * The values of `query` that are set, in `order`, defaults left out, as a query string; "" when
 * none is. The values must be validated tokens (codes, slugs, numbers, names from a fixed list):
 * they stand in a path segment as they are.
 */
export function queryName<Q extends Record<string, unknown>>(
  query: Q,
  order: readonly (keyof Q & string)[],
  defaults: Partial<Q> = {},
): string {
  return order
    .filter((key) => query[key] !== undefined && query[key] !== defaults[key])
    .map((key) => `${key}=${String(query[key])}`)
    .join("&");
}

/**
 * The query a route's segment names, read by `parse`; null when the segment is not the canonical
 * name `nameOf` gives it (the route asked for directly), so nothing is cached under two names.
 * Next hands the segment over with "=" and "&" escaped.
 */
export function readNamedQuery<Q>(
  segment: string,
  parse: (query: URLSearchParams) => Q,
  nameOf: (query: Q) => string,
): Q | null {
  const query = new URLSearchParams(segment.replace(/%3D/gi, "=").replace(/%26/gi, "&"));
  const parsed = parse(query);
  const name = nameOf(parsed);
  return name && name === query.toString() ? parsed : null;
}

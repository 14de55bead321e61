import { withQuery } from "@/lib/routes";
import { publicOrigin } from "@/lib/seo/alternates";

/** An absolute address of the API: what `links` carry, so a client follows them as they are. */
export const apiUrl = (path: string, query: Record<string, string | number | undefined> = {}) =>
  new URL(withQuery(`/api/v1${path}`, query), publicOrigin()).toString();

/** An absolute address of a portal page. */
export const pageUrl = (path: string) => new URL(path, publicOrigin()).toString();

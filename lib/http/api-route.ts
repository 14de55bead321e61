import "server-only";
import { createHash } from "node:crypto";
import Negotiator from "negotiator";
import { unstable_cache } from "next/cache";
import { z } from "zod";
import { CLIENT_IP_HEADER } from "@/lib/auth/client-ip";
import { PROJECT_DATA_TAG } from "@/lib/cache/tags";
import { preferredLocale } from "@/lib/i18n/negotiate";
import { isLocale, type Locale } from "@/lib/i18n/settings";
import { logEvent } from "@/lib/log";
import { isDatabaseUnreachable } from "@/lib/ops/database-state";
import { takeApiRequest, type Allowance } from "./api-rate-limit";
import { csvText } from "./csv";
import { bodyJson, isList, withGeneratedAt } from "./body-json";
import { parameterErrors, problem, UnknownValue, type ParameterError } from "./problem";

// The one way a public API route answers (docs/decisions/0026): rate limit, strict parameters,
// a read cached until public data changes, JSON or CSV, ETag and 304, CORS for GET, and problems
// (RFC 9457) in the client's language. Reads see only what an anonymous reader may see: they take
// no viewer at all.

export type Cell = string | number | null;
/** A list as CSV: the JSON fields as columns. */
export type Table = { fields: string[]; rows: Cell[][] };
/**
 * What a read answers: the JSON body (a list's `meta.generatedAt` is added as it is sent) and, for
 * lists, the same as a table (built only when CSV is asked for).
 */
export type Answer = { body: object; table?: () => Table };

/**
 * An answer as cached and sent: its text in one format, null when there is none in that format
 * (CSV of a single item), and whether it is a list whose moment is added as it is sent.
 */
type Rendered = { found: false } | { found: true; text: string | null; list: boolean };

type Spec<Q extends z.ZodType, P extends z.ZodType> = {
  /** Names the route in the cache and the log. */
  name: string;
  query: Q;
  pathParams?: P;
  read: (query: z.output<Q>, path: z.output<P>) => Promise<Answer | null>;
};

const emptyPath = z.object({});

type Context = { params: Promise<Record<string, string | string[] | undefined>> };

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After",
};

/** Answers a CORS preflight: GET only, with the headers a conditional GET needs. */
export function apiPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match",
      "Access-Control-Max-Age": "86400",
    },
  });
}

/** The query as an object; a parameter given twice is refused, an empty one counts as absent. */
function queryObject(url: URL): { values: Record<string, string>; repeated: ParameterError[] } {
  const values: Record<string, string> = {};
  const repeated: ParameterError[] = [];
  for (const name of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(name).filter((value) => value !== "");
    if (all.length > 1) repeated.push({ parameter: name, key: "param.repeated" });
    else if (all.length === 1) values[name] = all[0]!;
  }
  return { values, repeated };
}

function wantsCsv(request: Request): boolean {
  const [first] = new Negotiator({ headers: { accept: request.headers.get("accept") ?? "*/*" } }).mediaTypes([
    "application/json",
    "text/csv",
  ]);
  return first === "text/csv";
}

const entityTag = (bytes: string) =>
  `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}"`;

function matches(ifNoneMatch: string | null, tag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((entry) => {
    const candidate = entry.trim().replace(/^W\//, "");
    return candidate === "*" || candidate === tag;
  });
}

/** An answer's text in `format`. */
function rendered(answer: Answer | null, format: "json" | "csv"): Rendered {
  if (!answer) return { found: false };
  if (format === "csv") {
    const table = answer.table?.();
    return { found: true, text: table ? csvText(table.fields, table.rows) : null, list: false };
  }
  return { found: true, text: bodyJson(answer.body), list: isList(answer.body) };
}

const limitHeaders = (allowance: Allowance) => ({
  "RateLimit-Limit": String(allowance.limit),
  "RateLimit-Remaining": String(allowance.remaining),
  "RateLimit-Reset": String(allowance.resetSeconds),
});

/**
 * The checks every API request passes before its read: the language of any refusal, the rate limit,
 * then the query and path parameters. A refusal comes back as the Response to send.
 */
export async function checkApiRequest<Q extends z.ZodType, P extends z.ZodType>(
  request: Request,
  querySchema: Q,
  pathSchema: P,
  context?: Context,
): Promise<
  Response | { lng: Locale; headers: Record<string, string>; query: z.output<Q>; path: z.output<P> }
> {
  const url = new URL(request.url);
  const asked = url.searchParams.get("lang");
  const lng: Locale = isLocale(asked)
    ? asked
    : preferredLocale(request.headers.get("accept-language"), undefined);
  const allowance = await takeApiRequest(request.headers.get(CLIENT_IP_HEADER));
  const headers = { ...CORS, ...limitHeaders(allowance) };
  if (!allowance.allowed) {
    return problem(429, lng, { headers: { ...headers, "Retry-After": String(allowance.resetSeconds) } });
  }
  const { values, repeated } = queryObject(url);
  const query = querySchema.safeParse(values);
  const path = pathSchema.safeParse((await context?.params) ?? {});
  const errors = [
    ...repeated,
    ...(query.success ? [] : parameterErrors(query.error)),
    ...(path.success ? [] : parameterErrors(path.error)),
  ];
  if (errors.length || !query.success || !path.success) return problem(400, lng, { errors, headers });
  return { lng, headers, query: query.data, path: path.data };
}

export function apiRoute<Q extends z.ZodType, P extends z.ZodType = z.ZodType<Record<string, never>>>(
  spec: Spec<Q, P>,
) {
  // Cached until a change public pages show (the mutation pipeline expires PROJECT_DATA_TAG), and
  // five minutes at most; keyed by the format and the parsed query, so equivalent addresses share
  // one entry. Cached as the text that is sent: a hit neither parses nor serializes the body.
  const cachedRead = unstable_cache(
    async (format: "json" | "csv", query: z.output<Q>, path: z.output<P>) =>
      rendered(await spec.read(query, path), format),
    ["api", spec.name],
    { tags: [PROJECT_DATA_TAG], revalidate: 300 },
  );

  async function handle(request: Request, context: Context | undefined, format: "negotiate" | "csv") {
    const checked = await checkApiRequest(request, spec.query, spec.pathParams ?? emptyPath, context);
    if (checked instanceof Response) return checked;
    const { lng, headers } = checked;
    const query = { data: checked.query };
    const path = { data: checked.path };

    const csv = format === "csv" || wantsCsv(request);
    let answer: Rendered;
    try {
      answer = await cachedRead(csv ? "csv" : "json", query.data, path.data as z.output<P>);
    } catch (error) {
      if (error instanceof UnknownValue) return problem(400, lng, { errors: error.refused, headers });
      logEvent("api.failed", { route: spec.name, error: String(error).slice(0, 300) });
      // The database away (a restart, maintenance): worth trying again, and the client is told when.
      if (isDatabaseUnreachable(error))
        return problem(503, lng, { headers: { ...headers, "Retry-After": "5" } });
      return problem(500, lng, { headers });
    }
    if (!answer.found) return problem(404, lng, { headers });
    if (answer.text === null) return problem(406, lng, { headers });
    // The tag is of the data alone: the same data read again, by another instance or after the
    // cache expired, keeps its tag, and clients holding it get 304.
    const tag = entityTag(answer.text);
    const cacheHeaders = {
      ...headers,
      ETag: tag,
      // Any cache may keep it, and must ask again each time: the answer changes with the data.
      "Cache-Control": "public, max-age=0, must-revalidate",
      Vary: "Accept, Accept-Language",
    };
    if (matches(request.headers.get("if-none-match"), tag)) {
      return new Response(null, { status: 304, headers: cacheHeaders });
    }
    const sent = answer.list ? withGeneratedAt(answer.text) : answer.text;
    return new Response(request.method === "HEAD" ? null : sent, {
      headers: {
        ...cacheHeaders,
        "Content-Type": csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        ...(csv ? { "Content-Disposition": `inline; filename="${spec.name}.csv"` } : {}),
      },
    });
  }

  return {
    GET: (request: Request, context?: Context) => handle(request, context, "negotiate"),
    /** The same list as CSV, whatever the Accept header says (the `.csv` address). */
    csv: (request: Request, context?: Context) => handle(request, context, "csv"),
  };
}

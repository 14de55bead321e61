import "server-only";
import type { z } from "zod";
import { getT } from "@/lib/i18n/server";
import { languageTag, type Locale } from "@/lib/i18n/settings";
import type { Problem } from "@/lib/open-data/schemas";

/** A refused API parameter: its name, the `api` message key, and the values it could have had. */
export type ParameterError = { parameter: string; key: string; values?: readonly string[] };

/** Thrown inside an API read when a well-formed value names nothing (an unknown country, say). */
export class UnknownValue extends Error {
  constructor(readonly refused: ParameterError[]) {
    super("unknown parameter value");
  }
}

/** The refused parameters of a zod check, each with its message key. */
export function parameterErrors(error: z.ZodError): ParameterError[] {
  return error.issues.flatMap((issue): ParameterError[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((parameter) => ({ parameter, key: "param.unknown" }));
    }
    const parameter = String(issue.path[0] ?? "");
    const values = "values" in issue ? (issue.values as unknown[]).map(String) : undefined;
    // zod reports a wrong type (a cursor given as an array) with its own message: the key is ours.
    const key = issue.message.startsWith("param.") ? issue.message : "param.unknown";
    return [{ parameter, key, values }];
  });
}

const KINDS = {
  400: "badRequest",
  404: "notFound",
  406: "notAcceptable",
  429: "tooManyRequests",
  500: "failed",
  503: "unavailable",
} as const;

/** An RFC 9457 problem in `lng`; never anything of the server's internals. */
export async function problem(
  status: keyof typeof KINDS,
  lng: Locale,
  { errors, headers = {} }: { errors?: ParameterError[]; headers?: Record<string, string> } = {},
): Promise<Response> {
  const t = await getT(lng, "api");
  const kind = KINDS[status];
  const body: Problem = {
    type: `/developers/problems/${kind}`,
    title: t(`problem.${kind}`),
    status,
    detail: t(`problem.${kind}Detail`),
    ...(errors?.length
      ? {
          errors: errors.map(({ parameter, key, values }) => ({
            parameter,
            // The keys come from our schemas; the cast names them for i18next's types.
            detail: t(key as "param.unknown", { values: values?.join(", ") ?? "" }),
          })),
        }
      : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "Content-Type": "application/problem+json; charset=utf-8",
      "Content-Language": languageTag[lng],
      "Cache-Control": "no-store",
      ...headers,
    },
  });
}

import "server-only";
import type { z } from "zod";
import type { Mutation } from "@/lib/mutations/define";
import { performRaw } from "@/lib/mutations/perform";
import type { MutationResult } from "@/lib/mutations/result";
import { readLimitedForm } from "./limited-body";
import { isSameOrigin } from "./same-origin";

const json = (status: number, body: MutationResult<unknown>) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * A mutation reached by POSTing a multipart form, for the writes that carry files (status updates
 * with attachments, imports): server actions take at most 1 MB, and only these routes take more.
 * The body is counted while it streams and refused past `maxBytes` before anything parses it; only
 * same-origin requests are accepted (as Next does for server actions); `decode` turns the form into
 * the mutation's raw input, and the mutation does the rest (validation, actor, scope, audit). The
 * answer is the mutation's result as JSON, so forms handle it exactly like a server action's.
 */
export function mutationRoute<S extends z.ZodType, T>(
  mutation: Mutation<S, T>,
  {
    maxBytes,
    decode,
    after,
  }: {
    maxBytes: number;
    decode: (form: FormData) => unknown;
    /** After a successful change, e.g. nudging the job that carries on with it. */
    after?: () => Promise<void>;
  },
) {
  return async function POST(request: Request): Promise<Response> {
    if (!isSameOrigin(request)) return json(403, { ok: false, error: "forbidden" });
    const form = await readLimitedForm(request, maxBytes);
    if (form === "tooLarge") return json(413, { ok: false, error: "tooLarge" });
    if (form === "unreadable") return json(400, { ok: false, error: "invalid" });
    const result = await performRaw(mutation, decode(form));
    if (result.ok) await after?.();
    return json(200, result);
  };
}

/** A JSON field of a multipart form (e.g. the status update besides its files); undefined when it is none. */
export function jsonField(form: FormData, name: string): unknown {
  const value = form.get(name);
  if (typeof value !== "string" || value.length > 1_000_000) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

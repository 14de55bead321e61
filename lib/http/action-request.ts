// Server-action requests as the portal's server (scripts/serve.ts) screens them before Next decodes
// them: Next answers a body it cannot decode (not JSON, nested past the stack) or one over its
// limit with a 500. Every action of the portal takes a small JSON argument; files go to mutation
// routes (lib/http/mutation-route.ts).

/** Next's own limit for server-action bodies (next.config.ts keeps the default). */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;
/** Deeper than any action argument of the portal nests (a project's funding line is 4 levels in). */
const MAX_DEPTH = 32;

/** Whether a request is a server action (Next routes it by this header). */
export const isActionRequest = (method: string | undefined, headers: Record<string, unknown>) =>
  method === "POST" && typeof headers["next-action"] === "string";

/** How deeply JSON text nests, counted without parsing (so no input can exhaust the stack). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === "\\") index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "[" || char === "{") deepest = Math.max(deepest, ++depth);
    else if (char === "]" || char === "}") depth--;
  }
  return deepest;
}

/**
 * Why an action body must not reach Next, or null: "tooLarge" past the limit, "malformed" when a
 * JSON argument list is not JSON or nests absurdly deep. Multipart bodies (form actions) are left to
 * Next within the limit.
 */
export function actionBodyProblem(
  contentType: string | undefined,
  body: Buffer,
): "tooLarge" | "malformed" | null {
  if (body.byteLength > MAX_ACTION_BODY_BYTES) return "tooLarge";
  if (contentType?.startsWith("multipart/form-data")) return null;
  const text = body.toString("utf8");
  if (jsonDepth(text) > MAX_DEPTH) return "malformed";
  try {
    JSON.parse(text);
    return null;
  } catch {
    return "malformed";
  }
}

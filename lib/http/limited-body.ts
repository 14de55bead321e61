import "server-only";

/**
 * A request's body, read only up to `maxBytes`: the declared length is checked first, then the
 * bytes are counted as they arrive and reading stops the moment they exceed the limit, so an
 * oversized body is never buffered whole nor parsed.
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<Buffer | "tooLarge"> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return "tooLarge";
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Not awaited: cancelling one branch of a cloned body settles only once the other is cancelled too.
      reader.cancel().catch(() => undefined);
      return "tooLarge";
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** A form body (multipart or URL-encoded) of at most `maxBytes`; "unreadable": not a form. */
export async function readLimitedForm(
  request: Request,
  maxBytes: number,
): Promise<FormData | "tooLarge" | "unreadable"> {
  const body = await readLimitedBody(request, maxBytes);
  if (body === "tooLarge") return body;
  try {
    const contentType = request.headers.get("content-type") ?? "";
    return await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    return "unreadable";
  }
}

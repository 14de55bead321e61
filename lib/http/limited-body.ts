import "server-only";

/**
 * A request's form body, read only up to `maxBytes`: the declared length is checked first, then the
 * bytes are counted as they arrive and reading stops the moment they exceed the limit, so an
 * oversized body is never buffered whole nor parsed. "unreadable": not a form.
 */
export async function readLimitedForm(
  request: Request,
  maxBytes: number,
): Promise<FormData | "tooLarge" | "unreadable"> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return "tooLarge";
  if (!request.body) return "unreadable";
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return "tooLarge";
    }
    chunks.push(value);
  }
  try {
    const contentType = request.headers.get("content-type") ?? "";
    return await new Response(Buffer.concat(chunks), { headers: { "content-type": contentType } }).formData();
  } catch {
    return "unreadable";
  }
}

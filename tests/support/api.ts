// Calling the public API's route handlers directly, as Next would: each call from an address of its
// own unless told, so one test's rate limit does not touch another's.

/** A random client address for the rate limiter. */
export const address = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

export type Handler = (
  request: Request,
  context?: { params: Promise<Record<string, string>> },
) => Promise<Response>;

export async function call(
  handler: Handler,
  url: string,
  init: { headers?: Record<string, string>; params?: Record<string, string>; ip?: string } = {},
) {
  const request = new Request(new URL(url, "http://localhost:3000"), {
    headers: { "x-lmc-client-ip": init.ip ?? address(), ...init.headers },
  });
  return handler(request, { params: Promise.resolve(init.params ?? {}) });
}

export const json = async (response: Response) =>
  JSON.parse(await response.text()) as Record<string, unknown>;

// A page whose render met the database going away before the server's watcher saw it (ADR 31)
// ended in Next's error page, status 500, while the requests just after it got the translated 503
// with Retry-After. The portal's server holds back a page answered with 500, asks whether the
// database is down, and then sends that 503 instead; a 500 with the database up goes out as it was.
import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

export type Replacement = { headers: OutgoingHttpHeaders; body: string };

type Args = unknown[];

/** What the replacement keeps of the failed answer's headers: the id the page tells to quote. */
const KEPT_HEADERS = ["x-request-id"];

/**
 * Wraps `response` (outermost, so Next's calls reach it first): a 500 is held until it ends, then
 * `outage()` says what to send instead, or null to send it as it was. Other answers pass untouched.
 */
export function replaceOutageErrors(
  response: ServerResponse,
  outage: () => Promise<Replacement | null>,
): void {
  const original = {
    writeHead: response.writeHead.bind(response),
    write: response.write.bind(response),
    end: response.end.bind(response),
  };
  const call = <K extends keyof typeof original>(name: K, args: Args) =>
    (original[name] as (...rest: Args) => unknown)(...args);
  // Decided at Next's first call: undefined until then, null when the answer is not a 500.
  let held: { head?: Args; writes: Args[] } | null | undefined;
  const holds = (status: number) => (held ??= status === 500 ? { writes: [] } : null);

  response.writeHead = ((status: number, ...rest: Args) => {
    const hold = holds(status);
    if (!hold) return call("writeHead", [status, ...rest]);
    hold.head = [status, ...rest];
    return response;
  }) as ServerResponse["writeHead"];
  response.write = ((...args: Args) => {
    const hold = holds(response.statusCode);
    if (!hold) return call("write", args);
    hold.writes.push(args);
    return true;
  }) as ServerResponse["write"];
  response.end = ((...args: Args) => {
    const hold = holds(response.statusCode);
    if (!hold) return call("end", args);
    // Node's own writes call `this.writeHead` (implicit headers): from here on, the methods beneath.
    Object.assign(response, original);
    const asItWas = () => {
      if (hold.head) call("writeHead", hold.head);
      for (const write of hold.writes) call("write", write);
      call("end", args);
    };
    outage().then((replacement) => {
      if (!replacement) return asItWas();
      for (const name of response.getHeaderNames())
        if (!KEPT_HEADERS.includes(name)) response.removeHeader(name);
      call("writeHead", [503, replacement.headers]);
      call("end", [response.req?.method === "HEAD" ? undefined : replacement.body]);
    }, asItWas);
    return response;
  }) as ServerResponse["end"];
}

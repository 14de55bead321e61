import "server-only";
import { headers } from "next/headers";
import { REQUEST_ID_HEADER } from "./request-log";

/** The id the portal's server gave this request (lib/http/request-log.ts), for the log lines it causes. */
export async function currentRequestId(): Promise<string | null> {
  return (await headers()).get(REQUEST_ID_HEADER);
}

import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { actorOf } from "./account-actor";
import { CLIENT_IP_HEADER } from "./client-ip";
import { authOptions } from "./options";
import type { Actor } from "./permissions";
import { loadLiveSession } from "./sessions";

/**
 * Who is making this request: the one place that reads the session. It re-reads the session and
 * the account from the database every time (once per request), so a disabled account, a revoked
 * session, a new role or country apply on the very next request; a role in a cookie is never trusted.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { sid?: string } | null;
  if (!session?.sid) return null;
  const live = await loadLiveSession(getDb(), session.sid);
  if (!live) return null;
  return actorOf(live.user, live.id);
});

/** The client's address, as the portal's server established it from the connection (client-ip.ts). */
export async function requestIp(): Promise<string | null> {
  return (await headers()).get(CLIENT_IP_HEADER);
}

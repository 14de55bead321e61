import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { NOTIFICATION_KINDS } from "./kinds";

// The unsubscribe link of an e-mail: signed, and good for one thing only — turning e-mail off for
// one kind of notification of one user. It carries when it was issued; a setting changed after that
// (by the link itself, or by the user) spends it, so an old e-mail cannot undo a newer choice.

const PURPOSE = "lmc-unsubscribe-v1";
const payload = z.tuple([z.uuid(), z.enum(NOTIFICATION_KINDS), z.number().int().positive()]);
export type Unsubscribe = { userId: string; kind: (typeof NOTIFICATION_KINDS)[number]; issuedAt: Date };

function signature(body: string): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return createHmac("sha256", secret).update(`${PURPOSE}.${body}`).digest();
}

export function unsubscribeToken({ userId, kind, issuedAt }: Unsubscribe): string {
  const body = Buffer.from(JSON.stringify([userId, kind, issuedAt.getTime()])).toString("base64url");
  return `${body}.${signature(body).toString("base64url")}`;
}

/** What a token stands for, or null when it was not signed by this portal for this purpose. */
export function readUnsubscribeToken(token: string): Unsubscribe | null {
  const match = /^([A-Za-z0-9_-]{10,300})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, body, mac] = match as unknown as [string, string, string];
  const given = Buffer.from(mac, "base64url");
  const expected = signature(body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = payload.safeParse(JSON.parse(Buffer.from(body, "base64url").toString("utf8")));
    if (!parsed.success) return null;
    const [userId, kind, issued] = parsed.data;
    return { userId, kind, issuedAt: new Date(issued) };
  } catch {
    return null;
  }
}

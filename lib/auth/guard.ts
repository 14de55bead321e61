import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { Locale } from "@/lib/i18n/settings";
import { getActor } from "./actor";
import { can, mustEnrollTwoFactor, type Actor, type Permission } from "./permissions";
import { routes } from "@/lib/routes";

/** For staff pages: the actor, or a redirect to sign-in that comes back to `path`. */
export async function requireActor(lng: Locale, path: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(routes.signIn(lng, path));
  return actor;
}

/** For staff pages: the actor if the permission map allows, else 403 (and the data layer checks again). */
export async function requirePermission(lng: Locale, path: string, permission: Permission): Promise<Actor> {
  const actor = await requireActor(lng, path);
  if (permission !== "account.manage" && mustEnrollTwoFactor(actor))
    redirect(routes.account(lng, "two-factor"));
  if (!can(actor, permission)) forbidden();
  return actor;
}

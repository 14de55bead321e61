import "server-only";
import { forbidden } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { can, type Actor } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/settings";

/** For project edit pages: the actor if they may edit projects of `countryCode`, else 403. */
export async function requireProjectEditor(lng: Locale, path: string, countryCode: string): Promise<Actor> {
  const actor = await requirePermission(lng, path, "projects.edit");
  if (!can(actor, "projects.edit", { countryCode })) forbidden();
  return actor;
}

import "server-only";
import { forbidden } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { can, type Actor } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/settings";

/**
 * For project edit pages: the actor if they may edit projects (of `countryCode`, once the record is
 * known), else the sign-in page or 403. The mutations check again; this spares a form that would fail.
 */
export async function requireProjectEditor(lng: Locale, path: string, countryCode?: string): Promise<Actor> {
  const actor = await requirePermission(lng, path, "projects.edit");
  if (countryCode && !can(actor, "projects.edit", { countryCode })) forbidden();
  return actor;
}

import "server-only";
import { forbidden, notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { can, type Actor } from "@/lib/auth/permissions";
import { isLocale, type Locale } from "@/lib/i18n/settings";

/** For the translation desk's pages: the target locale of the URL, and an actor who may translate it. */
export async function requireTranslator(
  lng: Locale,
  path: string,
  locale: string,
): Promise<{ actor: Actor; locale: Locale }> {
  if (!isLocale(locale)) notFound();
  const actor = await requirePermission(lng, path, "staff.read");
  if (!can(actor, "translations.edit", { locale })) forbidden();
  return { actor, locale };
}

import "server-only";
import type { Resource } from "i18next";
import type { Locale, Namespace } from "./settings";

/** The raw messages of some namespaces, to hand to client components through ClientI18n. */
export async function clientResources(lng: Locale, namespaces: Namespace[]): Promise<Resource> {
  const entries = await Promise.all(
    namespaces.map(async (ns) => [ns, (await import(`../../locales/${lng}/${ns}.json`)).default] as const),
  );
  return { [lng]: Object.fromEntries(entries) };
}

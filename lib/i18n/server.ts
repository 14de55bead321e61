import "server-only";
import { createInstance, type TFunction } from "i18next";
import resourcesToBackend from "i18next-resources-to-backend";
import { cache } from "react";
import { interpolation, messageValues } from "./message-values";
import { defaultLocale, namespaces, type Locale, type Namespace } from "./settings";

/**
 * A fresh i18next instance for each server render (React's cache() is scoped to one request), so no
 * request ever sees another request's language.
 */
const instanceFor = cache(async (lng: Locale) => {
  const i18n = createInstance();
  await i18n
    .use(messageValues)
    .use(
      resourcesToBackend(
        (language: string, namespace: string) => import(`../../locales/${language}/${namespace}.json`),
      ),
    )
    .init({
      lng,
      fallbackLng: defaultLocale,
      ns: [...namespaces],
      defaultNS: "common",
      interpolation,
      returnNull: false,
    });
  return i18n;
});

export async function getT<N extends Namespace = "common">(lng: Locale, ns?: N): Promise<TFunction<N>> {
  const i18n = await instanceFor(lng);
  return i18n.getFixedT(lng, ns ?? "common") as TFunction<N>;
}

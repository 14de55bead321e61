import "server-only";
import { createInstance, type i18n, type TFunction } from "i18next";
import resourcesToBackend from "i18next-resources-to-backend";
import { interpolation, messageValues } from "./message-values";
import { defaultLocale, namespaces, type Locale, type Namespace } from "./settings";

/**
 * One i18next instance per language, built on first use and kept for the life of the process. Its
 * language is set once and never changed, so no request ever sees another request's language; and
 * building one (reading every namespace) no longer costs each render some 2 ms.
 */
const instances = new Map<Locale, Promise<i18n>>();

function instanceFor(lng: Locale): Promise<i18n> {
  let instance = instances.get(lng);
  if (!instance) {
    instance = build(lng);
    instances.set(lng, instance);
    // A failed start (a resource that could not be read) is tried again by the next render.
    instance.catch(() => instances.delete(lng));
  }
  return instance;
}

async function build(lng: Locale): Promise<i18n> {
  const instance = createInstance();
  await instance
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
  return instance;
}

export async function getT<N extends Namespace = "common">(lng: Locale, ns?: N): Promise<TFunction<N>> {
  const i18n = await instanceFor(lng);
  return i18n.getFixedT(lng, ns ?? "common") as TFunction<N>;
}

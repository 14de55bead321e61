"use client";

import { createInstance, type Resource } from "i18next";
import { useMemo } from "react";
import { I18nextProvider } from "react-i18next";
import { interpolation, messageValues } from "@/lib/i18n/message-values";

/**
 * Translations for client components (forms), from the namespaces the server page passes down:
 * a fresh i18next instance per mounted tree, initialised synchronously from those resources.
 */
export function ClientI18n({
  lng,
  resources,
  children,
}: {
  lng: string;
  resources: Resource;
  children: React.ReactNode;
}) {
  const i18n = useMemo(() => {
    const instance = createInstance().use(messageValues);
    void instance.init({
      lng,
      resources,
      defaultNS: "staff",
      fallbackLng: false,
      initAsync: false,
      interpolation,
    });
    return instance;
  }, [lng, resources]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

import type { Metadata } from "next";
import { headers } from "next/headers";
import { getT } from "@/lib/i18n/server";
import { defaultLocale, isLocale } from "@/lib/i18n/settings";

// Not-found pages receive no route params; proxy.ts passes the locale along as a request header.
async function currentLocale() {
  const lng = (await headers()).get("x-lng");
  return isLocale(lng) ? lng : defaultLocale;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(await currentLocale());
  return { title: t("notFound.title"), robots: { index: false } };
}

export default async function NotFound() {
  const lng = await currentLocale();
  const t = await getT(lng);
  return (
    <div className="space-y-4 py-12" data-testid="not-found">
      <h1 className="text-3xl font-bold text-river-900">{t("notFound.title")}</h1>
      <p className="text-lg text-slate-700">{t("notFound.body")}</p>
      <ul className="flex flex-wrap gap-4">
        <li><a href={`/${lng}`} className="text-river-700 underline">{t("notFound.home")}</a></li>
        <li><a href={`/${lng}/plan`} className="text-river-700 underline">{t("notFound.plan")}</a></li>
      </ul>
    </div>
  );
}

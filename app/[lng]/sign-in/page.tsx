import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ClientI18n } from "@/components/i18n/client-i18n";
import { clientResources } from "@/lib/i18n/resources";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { isPortalPath, routes } from "@/lib/routes";
import { PAGE_TITLE } from "@/components/ui/page-header";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[lng]/sign-in">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "staff");
  return { title: t("signIn.title"), robots: { index: false } };
}

/** Only a path inside this portal's staff area may follow a sign-in (no open redirect). */
function safeNext(next: string | string[] | undefined, lng: string): string {
  const value = typeof next === "string" ? next : "";
  return isPortalPath(lng, value) ? value : routes.staff.home(lng);
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[lng]/sign-in">) {
  const lng = await localeOf(params);
  const [t, resources] = await Promise.all([getT(lng, "staff"), clientResources(lng, ["staff"])]);
  return (
    <div className="space-y-4">
      <h1 className={PAGE_TITLE}>{t("signIn.title")}</h1>
      <p className="max-w-2xl text-slate-700">{t("signIn.lead")}</p>
      <ClientI18n lng={lng} resources={resources}>
        <SignInForm next={safeNext((await searchParams).next, lng)} />
      </ClientI18n>
    </div>
  );
}

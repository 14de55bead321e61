import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { ClientI18n } from "@/components/i18n/client-i18n";
import { clientResources } from "@/lib/i18n/resources";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { PAGE_TITLE } from "@/components/ui/page-header";

// One-time links must never land in a cache.
export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/reset-password/[token]">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "staff");
  return { title: t("resetPassword.title"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params }: PageProps<"/[lng]/reset-password/[token]">) {
  const lng = await localeOf(params);
  const { token } = await params;
  const [t, resources] = await Promise.all([getT(lng, "staff"), clientResources(lng, ["staff"])]);
  return (
    <div className="space-y-4">
      <h1 className={PAGE_TITLE}>{t("resetPassword.title")}</h1>
      <p className="text-slate-700">{t("resetPassword.lead")}</p>
      <ClientI18n lng={lng} resources={resources}>
        <ResetPasswordForm lng={lng} token={token.slice(0, 100)} />
      </ClientI18n>
    </div>
  );
}

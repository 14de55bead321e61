import type { Metadata } from "next";
import { UserForm } from "@/components/users/user-form";
import { requirePermission } from "@/lib/auth/guard";
import { getCountries } from "@/lib/cooperation/queries";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata({ params }: PageProps<"/[lng]/admin/users/new">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "staff");
  return { title: t("users.form.createTitle") };
}

export default async function NewUserPage({ params }: PageProps<"/[lng]/admin/users/new">) {
  const lng = await localeOf(params);
  await requirePermission(lng, `/${lng}/admin/users/new`, "users.manage");
  const [t, countries] = await Promise.all([getT(lng, "staff"), getCountries(lng)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-river-900">{t("users.form.createTitle")}</h1>
      <UserForm
        lng={lng}
        countries={countries.map((country) => ({ code: country.code, name: country.name.value }))}
        initial={{ email: "", name: "", role: "secretariat", countryCode: "", locale: lng }}
      />
    </div>
  );
}

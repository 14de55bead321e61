import type { Metadata } from "next";
import { UserForm } from "@/components/users/user-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { getCountries } from "@/lib/cooperation/queries";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[lng]/admin/users/new">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "staff");
  return { title: t("users.form.createTitle") };
}

export default async function NewUserPage({ params }: PageProps<"/[lng]/admin/users/new">) {
  const lng = await localeOf(params);
  await requirePermission(lng, routes.admin.newUser(lng), "users.manage");
  const [t, countries] = await Promise.all([getT(lng, "staff"), getCountries(lng)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("users.form.createTitle")} />
      <UserForm
        lng={lng}
        countries={countries.map((country) => ({ code: country.code, name: country.name.value }))}
        initial={{ email: "", name: "", role: "secretariat", countryCode: "", locale: lng }}
        edit={null}
      />
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditTable } from "@/components/audit/audit-table";
import { UserActions } from "@/components/users/user-actions";
import { UserForm } from "@/components/users/user-form";
import { listAuditEvents } from "@/lib/audit/queries";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { getCountries } from "@/lib/cooperation/queries";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { getUserForEdit } from "@/lib/users/queries";

export async function generateMetadata({ params }: PageProps<"/[lng]/admin/users/[id]">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "staff");
  return { title: t("users.title") };
}

export default async function EditUserPage({ params }: PageProps<"/[lng]/admin/users/[id]">) {
  const lng = await localeOf(params);
  const { id } = await params;
  const actor = await requirePermission(lng, routes.admin.user(lng, id), "users.manage");
  const user = await getUserForEdit(actor, id);
  if (!user) notFound();
  const [t, countries, history] = await Promise.all([
    getT(lng, "staff"),
    getCountries(lng),
    listAuditEvents(actor, { entityType: "User", entityId: user.id }),
  ]);
  return (
    <div className="space-y-10">
      <PageHeader
        title={t("users.form.editTitle", { name: user.name })}
        lead={`${user.email} · ${user.disabledAt ? t("users.disabled") : t("users.active")}`}
      />
      <UserForm
        lng={lng}
        countries={countries.map((country) => ({ code: country.code, name: country.name.value }))}
        initial={{
          email: user.email,
          name: user.name,
          role: user.role,
          countryCode: user.countryCode ?? "",
          locale: user.locale,
        }}
        edit={{ id: user.id, version: user.version }}
      />
      <UserActions
        lng={lng}
        id={user.id}
        version={user.version}
        disabled={user.disabledAt !== null}
        twoFactor={user.totpEnabledAt !== null}
        self={user.id === actor.userId}
      />
      <section aria-labelledby="history" className="space-y-3">
        <h2 id="history" className="text-xl font-semibold">
          {t("users.history")}
        </h2>
        <AuditTable events={history.events} lng={lng} />
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { Button, ButtonLink } from "@/components/ui/button";
import { DownloadLinks } from "@/components/ui/download-links";
import { PageHeader } from "@/components/ui/page-header";
import { Pager, pageLinks } from "@/components/ui/pager";
import { DataTable } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guard";
import { ROLES } from "@/lib/auth/permissions";
import { getCountries } from "@/lib/cooperation/queries";
import { formatDateTime } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { listUsers, PAGE_SIZE, userFilterSchema, type UserFilter } from "@/lib/users/queries";

/** The list's filters without its page: a download holds every matching account. */
const filtersOf = ({ page: _page, ...filters }: UserFilter) => filters;

export async function generateMetadata({ params }: PageProps<"/[lng]/admin/users">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "staff");
  return { title: t("users.title") };
}

const INPUT = "mt-1 block w-full rounded border border-slate-400 px-2 py-1.5";

export default async function UsersPage({ params, searchParams }: PageProps<"/[lng]/admin/users">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, routes.admin.users(lng), "users.manage");
  const filter = userFilterSchema.parse(await searchParams);
  const [t, countries, { total, users }] = await Promise.all([
    getT(lng, "staff"),
    getCountries(lng),
    listUsers(actor, filter),
  ]);
  const countryName = new Map(countries.map((country) => [country.code, country.name.value]));
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("users.title")}
        actions={
          <ButtonLink href={routes.admin.newUser(lng)} variant="primary">
            {t("users.new")}
          </ButtonLink>
        }
      />
      <form
        method="get"
        className="grid gap-3 rounded border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-5"
      >
        <label className="text-sm lg:col-span-2">
          {t("users.search")}
          <input name="q" defaultValue={filter.q} className={INPUT} />
        </label>
        <label className="text-sm">
          {t("users.columns.role")}
          <select name="role" defaultValue={filter.role ?? ""} className={INPUT}>
            <option value="">{t("users.allRoles")}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t("users.columns.country")}
          <select name="country" defaultValue={filter.country ?? ""} className={INPUT}>
            <option value="">{t("users.allCountries")}</option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name.value}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t("users.columns.status")}
          <select name="status" defaultValue={filter.status ?? ""} className={INPUT}>
            <option value="">{t("users.allStates")}</option>
            <option value="active">{t("users.active")}</option>
            <option value="disabled">{t("users.disabled")}</option>
          </select>
        </label>
        <div className="sm:col-span-2 lg:col-span-5">
          <Button type="submit" variant="primary">
            {t("users.filter")}
          </Button>
        </div>
      </form>
      <DownloadLinks lng={lng} href={(format) => routes.admin.usersFile(lng, format, filtersOf(filter))} />
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("users.count", { count: total })}
      </p>
      {users.length === 0 ? (
        <p>{t("users.empty")}</p>
      ) : (
        <DataTable
          caption={t("users.title")}
          captionHidden
          testId="users-table"
          rows={users}
          rowKey={(user) => user.id}
          columns={[
            {
              key: "name",
              header: t("users.columns.name"),
              rowHeader: true,
              cell: (user) => (
                <a href={routes.admin.user(lng, user.id)} className="text-river-700 underline">
                  {user.name}
                </a>
              ),
            },
            { key: "email", header: t("users.columns.email"), cell: (user) => user.email },
            { key: "role", header: t("users.columns.role"), cell: (user) => t(`roles.${user.role}`) },
            {
              key: "country",
              header: t("users.columns.country"),
              cell: (user) => (user.countryCode ? countryName.get(user.countryCode) : "—"),
            },
            {
              key: "status",
              header: t("users.columns.status"),
              cell: (user) => (user.disabledAt ? t("users.disabled") : t("users.active")),
            },
            {
              key: "twoFactor",
              header: t("users.columns.twoFactor"),
              cell: (user) => (user.totpEnabledAt ? t("users.yes") : t("users.no")),
            },
            {
              key: "lastSignIn",
              header: t("users.columns.lastSignIn"),
              cell: (user) => (user.lastSignInAt ? formatDateTime(user.lastSignInAt, lng) : t("users.never")),
            },
          ]}
        />
      )}
      <Pager
        lng={lng}
        {...pageLinks(filter.page, pages, (page) => routes.admin.users(lng, { ...filter, page }))}
      />
    </div>
  );
}

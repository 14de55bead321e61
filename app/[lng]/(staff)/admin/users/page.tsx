import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { ROLES } from "@/lib/auth/permissions";
import { getCountries } from "@/lib/cooperation/queries";
import { formatDateTime } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { listUsers, PAGE_SIZE, userFilterSchema } from "@/lib/users/queries";

export async function generateMetadata({ params }: PageProps<"/[lng]/admin/users">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "staff");
  return { title: t("users.title") };
}

const INPUT = "mt-1 block w-full rounded border border-slate-400 px-2 py-1.5";

export default async function UsersPage({ params, searchParams }: PageProps<"/[lng]/admin/users">) {
  const lng = await localeOf(params);
  await requirePermission(lng, `/${lng}/admin/users`, "users.manage");
  const filter = userFilterSchema.parse(await searchParams);
  const [t, countries, { total, users }] = await Promise.all([
    getT(lng, "staff"),
    getCountries(lng),
    listUsers(filter),
  ]);
  const countryName = new Map(countries.map((country) => [country.code, country.name.value]));
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pageLink = (page: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...filter, page }).flatMap(([key, value]) => (value ? [[key, String(value)]] : [])),
    );
    return `/${lng}/admin/users?${query}`;
  };
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold text-river-900">{t("users.title")}</h1>
        <a
          href={`/${lng}/admin/users/new`}
          className="rounded bg-river-700 px-4 py-2 font-semibold text-white hover:bg-river-800"
        >
          {t("users.new")}
        </a>
      </header>
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
          <button type="submit" className="rounded bg-river-700 px-4 py-1.5 font-semibold text-white">
            {t("users.filter")}
          </button>
        </div>
      </form>
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("users.count", { count: total })}
      </p>
      {users.length === 0 ? (
        <p>{t("users.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm" data-testid="users-table">
            <thead className="border-b border-slate-300 text-slate-700">
              <tr>
                {(["name", "email", "role", "country", "status", "twoFactor", "lastSignIn"] as const).map(
                  (column) => (
                    <th key={column} scope="col" className="py-2 pr-4">
                      {t(`users.columns.${column}`)}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {users.map((user) => (
                <tr key={user.id}>
                  <th scope="row" className="py-2 pr-4 text-left font-medium">
                    <a href={`/${lng}/admin/users/${user.id}`} className="text-river-700 underline">
                      {user.name}
                    </a>
                  </th>
                  <td className="py-2 pr-4">{user.email}</td>
                  <td className="py-2 pr-4">{t(`roles.${user.role}`)}</td>
                  <td className="py-2 pr-4">{user.countryCode ? countryName.get(user.countryCode) : "—"}</td>
                  <td className="py-2 pr-4">{user.disabledAt ? t("users.disabled") : t("users.active")}</td>
                  <td className="py-2 pr-4">{user.totpEnabledAt ? t("users.yes") : t("users.no")}</td>
                  <td className="py-2 pr-4">
                    {user.lastSignInAt ? formatDateTime(user.lastSignInAt, lng) : t("users.never")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav className="flex gap-4 text-sm">
          {filter.page > 1 && (
            <a href={pageLink(filter.page - 1)} className="text-river-700 underline">
              ←
            </a>
          )}
          <span>
            {filter.page} / {pages}
          </span>
          {filter.page < pages && (
            <a href={pageLink(filter.page + 1)} className="text-river-700 underline">
              →
            </a>
          )}
        </nav>
      )}
    </div>
  );
}

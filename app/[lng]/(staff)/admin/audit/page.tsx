import type { Metadata } from "next";
import { AuditTable } from "@/components/audit/audit-table";
import { auditFilterSchema, auditVocabulary, listAuditEvents } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/guard";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata({ params }: PageProps<"/[lng]/admin/audit">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "staff");
  return { title: t("audit.title") };
}

const INPUT = "mt-1 block w-full rounded border border-slate-400 px-2 py-1.5";

export default async function AuditPage({ params, searchParams }: PageProps<"/[lng]/admin/audit">) {
  const lng = await localeOf(params);
  await requirePermission(lng, `/${lng}/admin/audit`, "audit.read");
  const filter = auditFilterSchema.parse(await searchParams);
  const [t, { events, olderCursor }, vocabulary] = await Promise.all([
    getT(lng, "staff"),
    listAuditEvents(filter),
    auditVocabulary(),
  ]);
  const query = (extra: Record<string, string>) =>
    new URLSearchParams(
      Object.entries({ ...filter, before: undefined, ...extra }).flatMap(([key, value]) =>
        value ? [[key, String(value)]] : [],
      ),
    ).toString();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-river-900">
          {filter.entityId ? t("audit.history") : t("audit.title")}
        </h1>
        <p className="text-slate-700">{t("audit.lead")}</p>
      </header>
      <form
        method="get"
        className="grid gap-3 rounded border border-slate-200 p-4 sm:grid-cols-3 lg:grid-cols-6"
      >
        <label className="text-sm">
          {t("audit.action")}
          <select name="action" defaultValue={filter.action ?? ""} className={INPUT}>
            <option value="">—</option>
            {vocabulary.actions.map((action) => (
              <option key={action}>{action}</option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t("audit.entity")}
          <select name="entityType" defaultValue={filter.entityType ?? ""} className={INPUT}>
            <option value="">—</option>
            {vocabulary.entityTypes.map((type) => (
              <option key={type}>{type}</option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t("audit.actor")}
          <input name="actor" defaultValue={filter.actor ?? ""} className={INPUT} />
        </label>
        <label className="text-sm">
          {t("audit.from")}
          <input type="date" name="from" defaultValue={filter.from ?? ""} className={INPUT} />
        </label>
        <label className="text-sm">
          {t("audit.to")}
          <input type="date" name="to" defaultValue={filter.to ?? ""} className={INPUT} />
        </label>
        {filter.entityId && <input type="hidden" name="entityId" value={filter.entityId} />}
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded bg-river-700 px-4 py-1.5 font-semibold text-white">
            {t("audit.apply")}
          </button>
          <a href={`/${lng}/admin/audit`} className="text-river-700 underline">
            {t("audit.clear")}
          </a>
        </div>
      </form>
      <AuditTable events={events} lng={lng} />
      <nav className="flex gap-6">
        {filter.before && (
          <a href={`/${lng}/admin/audit?${query({})}`} className="text-river-700 underline">
            {t("audit.newer")}
          </a>
        )}
        {olderCursor && (
          <a
            href={`/${lng}/admin/audit?${query({ before: String(olderCursor) })}`}
            className="text-river-700 underline"
          >
            {t("audit.older")}
          </a>
        )}
      </nav>
    </div>
  );
}

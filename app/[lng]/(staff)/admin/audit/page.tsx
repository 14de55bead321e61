import type { Metadata } from "next";
import { AuditTable } from "@/components/audit/audit-table";
import { auditFilterSchema, auditVocabulary, listAuditEvents } from "@/lib/audit/queries";
import { Button } from "@/components/ui/button";
import { DownloadLinks } from "@/components/ui/download-links";
import { Pager } from "@/components/ui/pager";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[lng]/admin/audit">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "staff");
  return { title: t("audit.title") };
}

const INPUT = "mt-1 block w-full rounded border border-slate-400 px-2 py-1.5";

export default async function AuditPage({ params, searchParams }: PageProps<"/[lng]/admin/audit">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, routes.admin.audit(lng), "audit.read");
  const filter = auditFilterSchema.parse(await searchParams);
  const [t, { events, olderCursor }, vocabulary] = await Promise.all([
    getT(lng, "staff"),
    listAuditEvents(actor, filter),
    auditVocabulary(actor),
  ]);
  const page = (before?: bigint) => routes.admin.audit(lng, { ...filter, before: before?.toString() });
  return (
    <div className="space-y-6">
      <PageHeader
        title={filter.entityId ? t("audit.history") : t("audit.title")}
        lead={t("audit.lead")}
        actions={
          <a href={routes.admin.refusals(lng)} className="text-river-700 underline">
            {t("refusals.title")}
          </a>
        }
      />
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
          <Button type="submit" variant="primary">
            {t("audit.apply")}
          </Button>
          <a href={routes.admin.audit(lng)} className="text-river-700 underline">
            {t("audit.clear")}
          </a>
        </div>
      </form>
      <DownloadLinks
        lng={lng}
        href={(format) => routes.admin.auditFile(lng, format, { ...filter, before: undefined })}
      />
      <AuditTable events={events} lng={lng} />
      <Pager
        lng={lng}
        previous={filter.before ? page() : null}
        next={olderCursor ? page(olderCursor) : null}
      />
    </div>
  );
}

import type { Metadata } from "next";
import { Pager } from "@/components/ui/pager";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";
import { listRefusals } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/admin/audit/refusals">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "staff");
  return { title: t("refusals.title") };
}

const CURSOR = /^\d{1,18}$/;

export default async function RefusalsPage({
  params,
  searchParams,
}: PageProps<"/[lng]/admin/audit/refusals">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, routes.admin.refusals(lng), "audit.read");
  const { before } = await searchParams;
  const cursor = typeof before === "string" && CURSOR.test(before) ? BigInt(before) : undefined;
  const [t, { refusals, olderCursor }] = await Promise.all([getT(lng, "staff"), listRefusals(actor, cursor)]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("refusals.title")}
        lead={t("refusals.lead")}
        actions={
          <a href={routes.admin.audit(lng)} className="text-river-700 underline">
            {t("audit.title")}
          </a>
        }
      />
      {refusals.length === 0 ? (
        <p>{t("refusals.empty")}</p>
      ) : (
        <DataTable
          caption={t("refusals.title")}
          captionHidden
          testId="refusals-table"
          rows={refusals}
          rowKey={(row) => String(row.id)}
          columns={[
            { key: "time", header: t("audit.time"), cell: (row) => formatDateTime(row.occurredAt, lng) },
            {
              key: "actor",
              header: t("audit.actor"),
              cell: (row) => (
                <>
                  {row.actorEmail ?? t("refusals.anonymous")}
                  {row.actorRole && (
                    <span className="block text-slate-600">
                      {t(`roles.${row.actorRole}`)}
                      {row.actorCountry ? ` · ${row.actorCountry}` : ""}
                    </span>
                  )}
                </>
              ),
            },
            {
              key: "mutation",
              header: t("refusals.mutation"),
              cell: (row) => <span className="font-mono">{row.mutation}</span>,
            },
            { key: "target", header: t("refusals.target"), cell: (row) => row.target ?? "—" },
            {
              key: "reason",
              header: t("refusals.reason"),
              cell: (row) =>
                row.reason === "unauthenticated" ? t("refusals.unauthenticated") : t("refusals.forbidden"),
            },
            {
              key: "address",
              header: t("audit.address"),
              cell: (row) => <span className="font-mono text-xs">{row.ip ?? "—"}</span>,
            },
          ]}
        />
      )}
      <Pager
        lng={lng}
        previous={cursor ? routes.admin.refusals(lng) : null}
        next={olderCursor ? routes.admin.refusals(lng, { before: olderCursor.toString() }) : null}
      />
    </div>
  );
}

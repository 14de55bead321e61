import type { Metadata } from "next";
import { ActionButton } from "@/components/forms/action-button";
import { CreatePlanForm } from "@/components/plan-editor/create-plan-form";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guard";
import { formatNumber, formatYearRange } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { setPlanInForceAction } from "@/lib/plan/actions";
import { listPlansForEditing } from "@/lib/plan/editor-queries";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[lng]/staff/plan">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "translations");
  return { title: t("plans.title") };
}

export default async function PlansPage({ params }: PageProps<"/[lng]/staff/plan">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, routes.staff.plans(lng), "plan.edit");
  const [t, tp, plans] = await Promise.all([
    getT(lng, "translations"),
    getT(lng, "plan"),
    listPlansForEditing(actor, lng),
  ]);
  return (
    <div className="space-y-8">
      <PageHeader title={t("plans.title")} lead={t("plans.lead")} />
      <DataTable
        caption={t("plans.title")}
        captionHidden
        testId="plans"
        rows={plans}
        rowKey={(plan) => plan.slug}
        columns={[
          {
            key: "title",
            header: t("plans.planTitle"),
            rowHeader: true,
            cell: (plan) => (
              <>
                <a
                  href={routes.staff.planEditor(lng, plan.slug)}
                  className="font-semibold text-river-700 underline"
                >
                  {plan.title.value}
                </a>
                <span className="block text-xs font-normal text-slate-600">
                  {plan.slug} · {formatYearRange(plan.startYear, plan.endYear, lng)}
                </span>
              </>
            ),
          },
          { key: "status", header: t("plans.status"), cell: (plan) => tp(`status.${plan.status}`) },
          {
            key: "sections",
            header: t("plans.sections"),
            numeric: true,
            cell: (plan) => formatNumber(plan.sections, lng),
          },
          {
            key: "paragraphs",
            header: t("plans.paragraphs"),
            numeric: true,
            cell: (plan) => formatNumber(plan.paragraphs, lng),
          },
          {
            key: "actions",
            header: <span className="sr-only">{t("plans.actions")}</span>,
            cell: (plan) =>
              plan.status !== "in_force" && (
                <ActionButton
                  label={t("plans.setInForce")}
                  action={setPlanInForceAction}
                  input={{ slug: plan.slug }}
                />
              ),
          },
        ]}
      />
      <section aria-labelledby="new-plan" className="space-y-3">
        <h2 id="new-plan" className="text-xl font-semibold">
          {t("plans.new")}
        </h2>
        <CreatePlanForm lng={lng} />
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { ActionButton } from "@/components/forms/action-button";
import { CreatePlanForm } from "@/components/plan-editor/create-plan-form";
import { requirePermission } from "@/lib/auth/guard";
import { formatNumber } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { setPlanInForceAction } from "@/lib/plan/actions";
import { listPlansForEditing } from "@/lib/plan/editor-queries";

export async function generateMetadata({ params }: PageProps<"/[lng]/staff/plan">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "translations");
  return { title: t("plans.title") };
}

export default async function PlansPage({ params }: PageProps<"/[lng]/staff/plan">) {
  const lng = await localeOf(params);
  await requirePermission(lng, `/${lng}/staff/plan`, "plan.edit");
  const [t, tp, plans] = await Promise.all([
    getT(lng, "translations"),
    getT(lng, "plan"),
    listPlansForEditing(lng),
  ]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-river-900">{t("plans.title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("plans.lead")}</p>
      </header>
      <table className="w-full max-w-5xl text-left text-sm" data-testid="plans">
        <thead className="border-b border-slate-300">
          <tr>
            <th scope="col" className="py-2 pr-4">
              {t("plans.planTitle")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("plans.status")}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              {t("plans.sections")}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              {t("plans.paragraphs")}
            </th>
            <th scope="col" className="py-2">
              <span className="sr-only">{t("plans.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {plans.map((plan) => (
            <tr key={plan.slug}>
              <th scope="row" className="py-2 pr-4">
                <a
                  href={`/${lng}/staff/plan/${plan.slug}`}
                  className="font-semibold text-river-700 underline"
                >
                  {plan.title.value}
                </a>
                <span className="block text-xs text-slate-600">
                  {plan.slug} · {plan.startYear}–{plan.endYear}
                </span>
              </th>
              <td className="py-2 pr-4">{tp(`status.${plan.status}`)}</td>
              <td className="py-2 pr-4 text-right">{formatNumber(plan.sections, lng)}</td>
              <td className="py-2 pr-4 text-right">{formatNumber(plan.paragraphs, lng)}</td>
              <td className="py-2">
                {plan.status !== "in_force" && (
                  <ActionButton
                    label={t("plans.setInForce")}
                    action={setPlanInForceAction}
                    input={{ slug: plan.slug }}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="new-plan" className="space-y-3">
        <h2 id="new-plan" className="text-xl font-semibold">
          {t("plans.new")}
        </h2>
        <CreatePlanForm lng={lng} />
      </section>
    </div>
  );
}

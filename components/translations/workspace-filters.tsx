import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { PlanOption } from "@/lib/plan/queries";
import type { WorkspaceParams } from "@/lib/translations/workspace-params";
import { buttonClass } from "@/components/ui/button";

/** Sections and sub-sections indented under their chapter (no-break spaces: an option shows no markup). */
const indent = (level: string) => "\u00a0".repeat(level === "chapter" ? 0 : level === "section" ? 2 : 4);

const INPUT = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5";

/** A plain GET form: the workspace's filters are its address, so a translator can bookmark a queue. */
export async function WorkspaceFilters({
  lng,
  action,
  filter,
  plans,
  outline,
}: {
  lng: Locale;
  action: string;
  filter: WorkspaceParams;
  plans: PlanOption[];
  outline: { number: string; title: string; level: string }[];
}) {
  const t = await getT(lng, "translations");
  return (
    <form
      method="get"
      action={action}
      className="grid gap-3 rounded border border-slate-200 p-4 sm:grid-cols-3"
      role="search"
    >
      <label className="text-sm">
        {t("workspace.plan")}
        <select name="plan" defaultValue={filter.plan} className={INPUT}>
          {plans.map((plan) => (
            <option key={plan.slug} value={plan.slug}>
              {plan.label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        {t("workspace.scope")}
        <select name="scope" defaultValue={filter.scope} className={INPUT}>
          <option value="plan">{t("workspace.wholePlan")}</option>
          {outline.map((section) => (
            <option key={section.number} value={section.number}>
              {`${indent(section.level)}${section.number} ${section.title}`.slice(0, 90)}
            </option>
          ))}
          <option value="projects">{t("workspace.projects")}</option>
          <option value="glossary">{t("workspace.glossary")}</option>
        </select>
      </label>
      <input type="hidden" name="state" value={filter.state} />
      <div className="flex items-end">
        <button type="submit" className={buttonClass("primary")}>
          {t("workspace.apply")}
        </button>
      </div>
    </form>
  );
}

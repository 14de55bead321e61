import type { Metadata } from "next";
import { ImportHistory } from "@/components/imports/import-history";
import { ImportPanel } from "@/components/imports/import-panel";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { formatNumber } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/imports/limits";
import { listImportRuns } from "@/lib/imports/queries";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[lng]/staff/import">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "imports");
  return { title: t("page.title") };
}

export default async function ImportPage({ params }: PageProps<"/[lng]/staff/import">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, routes.staff.imports(lng), "projects.import");
  const [t, runs] = await Promise.all([getT(lng, "imports"), listImportRuns(actor)]);
  return (
    <div className="space-y-8">
      <PageHeader title={t("page.title")} lead={t("page.lead")} />
      <p className="text-sm text-slate-700" data-testid="import-limits">
        {t("page.limits", {
          megabytes: formatNumber(MAX_IMPORT_BYTES / 1024 / 1024, lng),
          rows: formatNumber(MAX_IMPORT_ROWS, lng),
        })}
      </p>
      <section aria-labelledby="template" className="space-y-2">
        <h2 id="template" className="text-lg font-semibold">
          {t("page.templateTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("page.templateLead")}</p>
        <ButtonLink href={routes.staff.importTemplate(lng)} data-testid="template-link">
          {t("page.template")}
        </ButtonLink>
        <p className="text-sm text-slate-700">{t("page.exportHint")}</p>
        <p className="text-sm text-slate-700">{t("page.updatesHint")}</p>
      </section>
      <section aria-labelledby="upload" className="space-y-2">
        <h2 id="upload" className="text-lg font-semibold">
          {t("page.uploadTitle")}
        </h2>
        <ImportPanel lng={lng} />
      </section>
      <ImportHistory lng={lng} runs={runs} />
    </div>
  );
}

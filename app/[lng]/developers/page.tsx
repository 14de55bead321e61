import type { Metadata } from "next";
import { ApiReference } from "@/components/developers/api-reference";
import { PageHeader } from "@/components/ui/page-header";
import { apiRateLimit } from "@/lib/http/api-rate-limit";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { getFeaturedPlan } from "@/lib/plan/queries";
import { listProjectCodes } from "@/lib/projects/queries";
import { PUBLIC } from "@/lib/reads/define";
import { listEditions } from "@/lib/reports/edition-queries";
import { alternatesFor } from "@/lib/seo/alternates";

export async function generateMetadata({ params }: PageProps<"/[lng]/developers">): Promise<Metadata> {
  const lng = await localeOf(params);
  const t = await getT(lng, "api");
  return { title: t("developers.title"), alternates: alternatesFor(lng, "/developers") };
}

const CODE = "block overflow-x-auto rounded bg-slate-100 px-3 py-2 font-mono text-sm";

export default async function DevelopersPage({ params }: PageProps<"/[lng]/developers">) {
  const lng = await localeOf(params);
  const [t, codes, plan, editions] = await Promise.all([
    getT(lng, "api"),
    listProjectCodes(PUBLIC),
    getFeaturedPlan(lng),
    listEditions(PUBLIC),
  ]);
  const sections = [
    ["startTitle", "start", "/api/v1/projects?country=TH&limit=20&lang=th"],
    ["pagingTitle", "paging", "/api/v1/projects?updatedSince=2026-01-01T00:00:00Z"],
    ["languagesTitle", "languages", "/api/v1/projects?lang=all&limit=5"],
    ["formatsTitle", "formats", "/api/v1/iati/activities.xml?country=LA"],
  ] as const;
  return (
    <div className="max-w-4xl space-y-8">
      <PageHeader title={t("developers.title")} lead={t("developers.lead")} />
      {sections.map(([title, body, example]) => (
        <section key={title} className="space-y-2">
          <h2 className="text-xl font-semibold text-river-900">{t(`developers.${title}`)}</h2>
          <p>{t(`developers.${body}`)}</p>
          <a href={example} className={`${CODE} text-river-700 underline`}>
            {example}
          </a>
        </section>
      ))}
      <section className="space-y-2">
        <h2 className="text-xl font-semibold text-river-900">{t("developers.limitsTitle")}</h2>
        <p>{t("developers.limits", { limit: apiRateLimit() })}</p>
        <p>{t("developers.licence")}</p>
      </section>
      <section className="space-y-3">
        <h2 className="text-xl font-semibold text-river-900">{t("developers.referenceTitle")}</h2>
        <p>
          {t("developers.referenceLead")}{" "}
          <a href="/api/v1/openapi.json" className="font-mono text-river-700 underline">
            /api/v1/openapi.json
          </a>
        </p>
        <ApiReference
          lng={lng}
          t={t}
          examples={{
            code: codes[0]?.code,
            slug: plan?.slug,
            number: editions[0] && String(editions[0].number),
          }}
        />
      </section>
    </div>
  );
}

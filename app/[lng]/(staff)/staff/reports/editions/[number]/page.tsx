import type { Metadata } from "next";
import { ActionButton } from "@/components/forms/action-button";
import { BriefingPrints } from "@/components/reports/briefing-prints";
import { EditionView } from "@/components/reports/edition-view";
import { getActor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listBriefingPrints } from "@/lib/briefing/queries";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { publishEditionAction } from "@/lib/reports/actions";
import { getEdition } from "@/lib/reports/edition-queries";
import { editionOf } from "@/lib/reports/route";
import { routes } from "@/lib/routes";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/reports/editions/[number]">): Promise<Metadata> {
  const [t, edition] = await Promise.all([
    getT(await localeOf(params), "reports"),
    getEdition(await getActor(), Number((await params).number)),
  ]);
  return edition ? { title: t("edition.name", { year: edition.period.year, number: edition.number }) } : {};
}

/** Any edition, published or not, with unpublished projects counted; reviewers publish it from here. */
export default async function StaffEditionPage({
  params,
}: PageProps<"/[lng]/staff/reports/editions/[number]">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(
    lng,
    routes.staff.edition(lng, Number((await params).number)),
    "staff.read",
  );
  const edition = await editionOf(actor, params);
  const [t, prints] = await Promise.all([
    getT(lng, "reports"),
    can(actor, "reports.review") ? listBriefingPrints(actor, edition.id) : [],
  ]);
  const publish = !edition.publishedAt && can(actor, "reports.review") && (
    <ActionButton
      label={t("edition.publish")}
      action={publishEditionAction}
      input={{ number: edition.number }}
      primary
    />
  );
  return (
    <div className="space-y-4">
      <p>
        <a
          href={routes.staff.period(lng, edition.period.year)}
          className="text-sm text-river-700 hover:underline"
        >
          {t("overview.title", { year: edition.period.year })}
        </a>
      </p>
      <EditionView
        viewer={actor}
        edition={edition}
        briefingHref={routes.staff.briefing(lng, edition.number)}
        fileHref={(table, format) => routes.staff.editionFile(lng, edition.number, table, format)}
        actions={publish}
        lng={lng}
      />
      <BriefingPrints lng={lng} number={edition.number} prints={prints} />
    </div>
  );
}

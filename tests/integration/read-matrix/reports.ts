// The read matrix's rows for reports, editions and briefing packs: public reads and what would
// reveal the restricted records, restricted reads and who may make them (../read-matrix.test.ts).
import { listBriefingPrints } from "@/lib/briefing/queries";
import {
  editionChanges,
  editionDiff,
  editionFigures,
  editionNarratives,
  getEdition,
  listEditions,
  notableProjects,
} from "@/lib/reports/edition-queries";
import {
  getContribution,
  getPeriod,
  jointProjectsOf,
  listPeriods,
  listProposals,
  periodProgress,
} from "@/lib/reports/queries";
import { editionProjectsForExport } from "@/lib/reports/edition-export";
import { listMail } from "@/lib/notifications/queries";
import { fixture, type Row, SIGNED_IN } from "./shared";

export const reportsRows: Record<string, Row> = {
  "editions.list": {
    access: "public",
    call: (v) => listEditions(v),
    reveals: (r) =>
      (r as { number: number }[]).some((edition) => edition.number === fixture.unpublished.number),
  },
  "editions.get": {
    access: "public",
    call: (v) => getEdition(v, fixture.unpublished.number),
    reveals: (r) => r !== null,
  },
  // Handed an edition the viewer may not read (issued, not yet published): "not found" for the public.
  "editions.figures": {
    access: "public",
    call: (v) => editionFigures(v, fixture.unpublished),
    reveals: () => true,
  },
  "editions.changes": {
    access: "public",
    call: (v) => editionChanges(v, fixture.unpublished),
    reveals: () => true,
  },
  "editions.diff": {
    access: "public",
    call: (v) => editionDiff(v, fixture.unpublished, "en"),
    reveals: () => true,
  },
  "editions.notable": {
    access: "public",
    call: (v) => notableProjects(v, fixture.unpublished, "TH", "en"),
    reveals: () => true,
  },
  "editions.projectsForExport": {
    access: "public",
    call: (v) => editionProjectsForExport(v, fixture.unpublished),
    reveals: (r) => (r as unknown[]).length > 0,
  },
  "editions.narratives": {
    access: "public",
    call: (v) => editionNarratives(v, fixture.unpublished, "en"),
    reveals: () => true,
  },
  "reports.periods": { access: "restricted", allowed: SIGNED_IN, call: (v) => listPeriods(v) },
  "reports.period": {
    access: "restricted",
    allowed: SIGNED_IN,
    call: (v) => getPeriod(v, fixture.period.year),
  },
  "reports.progress": {
    access: "restricted",
    allowed: SIGNED_IN,
    call: (v) => periodProgress(v, fixture.period.id, new Date("2091-03-31T00:00:00Z")),
  },
  "reports.jointProjects": {
    access: "restricted",
    allowed: SIGNED_IN,
    call: (v) =>
      jointProjectsOf(
        v,
        { id: fixture.period.id, planId: fixture.plan.planId, year: fixture.period.year },
        "TH",
        "en",
      ),
  },
  "reports.contribution": {
    access: "restricted",
    allowed: SIGNED_IN,
    call: (v) =>
      getContribution(
        v,
        {
          id: fixture.period.id,
          planId: fixture.plan.planId,
          year: fixture.period.year,
          cutOff: new Date("2090-12-31T00:00:00Z"),
        },
        "TH",
        "en",
      ),
  },
  "reports.proposals": {
    access: "restricted",
    allowed: SIGNED_IN,
    call: (v) => listProposals(v, fixture.period.id, "en"),
  },
  "mail.outbox": { access: "restricted", allowed: ["admin"], call: (v) => listMail(v, 5) },
  "briefing.prints": {
    access: "restricted",
    allowed: ["coordinator", "admin"],
    call: (v) => listBriefingPrints(v, fixture.published.id),
  },
};

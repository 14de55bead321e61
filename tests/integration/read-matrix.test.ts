// Every read that can return restricted data × every role, against the real database, beside the
// permission matrix of the writes. The rows come from one registry (lib/reads/registry.ts): a read
// added without a row fails the first test. Fixtures: an unpublished Thai project (with an update and
// an attachment) on plans of its own, an issued but unpublished report edition, a published one that
// froze the unpublished project, and a draft plan.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor, Role } from "@/lib/auth/permissions";
import { listBriefingPrints } from "@/lib/briefing/queries";
import { createPrismaClient } from "@/lib/db/create-client";
import { getAccountOverview } from "@/lib/account/queries";
import { auditVocabulary, listAuditEvents, listRefusals } from "@/lib/audit/queries";
import { dashboardData } from "@/lib/dashboard/cached";
import { listIatiProblems } from "@/lib/iati/queries";
import { getPlanForEditing, getSectionForEditing, listPlansForEditing } from "@/lib/plan/editor-queries";
import { listPlanOptions } from "@/lib/plan/queries";
import { attachmentFile } from "@/lib/projects/attachments";
import { projectFilterSchema } from "@/lib/projects/filters";
import {
  getProjectForEdit,
  getProjectPage,
  getUpdateForEdit,
  listProjectCodes,
  listProjects,
} from "@/lib/projects/queries";
import { areaRollups, paragraphRollups, sectionRollups } from "@/lib/projects/rollup";
import { createStatusUpdate } from "@/lib/projects/update-mutations";
import { PUBLIC, type Viewer } from "@/lib/reads/define";
import { reads } from "@/lib/reads/registry";
import {
  editionChanges,
  editionDiff,
  editionFigures,
  editionNarratives,
  getEdition,
  listEditions,
  notableProjects,
  type Edition,
} from "@/lib/reports/edition-queries";
import { publishEdition } from "@/lib/reports/edition-mutations";
import {
  getContribution,
  getPeriod,
  jointProjectsOf,
  listPeriods,
  listProposals,
  periodProgress,
} from "@/lib/reports/queries";
import { getTranslationDetail, getWorkspace } from "@/lib/translations/queries";
import { getUserForEdit, listUsers, userFilterSchema } from "@/lib/users/queries";
import { createActor, createTestUser } from "../support/actors";
import { linkProject, type FixturePlan } from "../support/plans";
import { createTestProject, updateInput } from "../support/projects";
import { createTestPeriod, issueTestEdition, run, type TestPeriod } from "../support/reports";

import { getImportRun, listImportRuns } from "@/lib/imports/queries";
import { projectExportBatch } from "@/lib/imports/project-export";
import { projectUpdatesForExport } from "@/lib/imports/update-export";
import { auditExportBatch } from "@/lib/audit/export";
import { userExportBatch } from "@/lib/users/export";
import { editionProjectsForExport } from "@/lib/reports/edition-export";
import {
  listMail,
  listNotifications,
  listPeriodReminders,
  notificationPath,
  notificationSettings,
  unreadCount,
} from "@/lib/notifications/queries";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const WHO = ["anonymous", "viewer", "secretariat", "coordinator", "admin"] as const;
type Who = (typeof WHO)[number];
const SIGNED_IN: Who[] = ["viewer", "secretariat", "coordinator", "admin"];
const PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

type Fixture = {
  marker: string;
  hidden: { code: string; id: string; titleId: string };
  updateId: string;
  attachmentId: string;
  plan: FixturePlan;
  period: TestPeriod;
  published: Edition;
  unpublished: Edition;
  secretEmail: string;
  userId: string;
  publishedInArea: number;
};
let fixture: Fixture;
const actors = new Map<Who, Actor | null>();
const viewer = (who: Who): Viewer => actors.get(who) ?? null;

/** An edition as a page would load it, read by an administrator (who may read any edition). */
const loadEdition = async (number: number) => (await getEdition(actors.get("admin")!, number))!;

beforeAll(async () => {
  for (const who of WHO) {
    actors.set(
      who,
      who === "anonymous"
        ? null
        : await createActor(db, { role: who as Role, countryCode: who === "secretariat" ? "TH" : null }),
    );
  }
  const marker = `Unpublished marker ${randomUUID().slice(0, 8)}`;
  const project = await createTestProject(db, "TH", { published: false, title: marker, paragraphs: [] });
  const officer = actors.get("secretariat")!;
  const update = await createStatusUpdate.execute(
    { db, actor: officer, ip: null },
    updateInput(project.code, { attachments: [new File([PDF], "hidden.pdf")] }),
  );
  if (!update.ok) throw new Error(JSON.stringify(update));
  const attachment = await db.attachment.findFirstOrThrow({ where: { updateId: update.data.id } });
  // The unpublished project is the only one behind the fixture plans, their sections and paragraphs.
  const unpublishedPeriod = await createTestPeriod(db);
  await linkProject(db, project.code, unpublishedPeriod.plan.paragraphIds[0]!);
  const unpublishedNumber = await issueTestEdition(db, unpublishedPeriod);
  const period = await createTestPeriod(db);
  await linkProject(db, project.code, period.plan.paragraphIds[0]!);
  const publishedNumber = await issueTestEdition(db, period);
  await run(db, publishEdition, { number: publishedNumber });
  const secret = await createTestUser(db, { role: "coordinator" });
  fixture = {
    marker,
    hidden: { code: project.code, id: project.id, titleId: project.titleId },
    updateId: update.data.id,
    attachmentId: attachment.id,
    plan: period.plan,
    period,
    published: await loadEdition(publishedNumber),
    unpublished: await loadEdition(unpublishedNumber),
    secretEmail: secret.email,
    userId: secret.id,
    publishedInArea: await db.project.count({
      where: { published: true, areas: { some: { priorityArea: { slug: "water-resources" } } } },
    }),
  };
});

/**
 * A public read: anyone may call it; `reveals` says whether the result shows the restricted
 * fixture (the unpublished project, the unpublished edition, the draft plan). The public must never
 * see it; every signed-in staff member must (proving the row looks in the right place).
 */
type PublicRow = {
  access: "public";
  call: (viewer: Viewer) => Promise<unknown>;
  reveals: (result: unknown) => boolean | Promise<boolean>;
};
/** A read for holders of a permission: the roles given get an answer, everyone else 403. */
type RestrictedRow = {
  access: "restricted";
  allowed: readonly Who[];
  call: (viewer: Viewer) => Promise<unknown>;
};
type Row = PublicRow | RestrictedRow;

const listed = (result: unknown) =>
  (result as { items: { code: string }[] }).items.some((item) => item.code === fixture.hidden.code);
const counted = (key: () => string) => (result: unknown) =>
  ((result as Map<string, { count: number }>).get(key())?.count ?? 0) > 0;
const projectCount = (result: unknown) => (result as { totals: { projects: number } }).totals.projects > 0;

const matrix: Record<string, Row> = {
  "projects.list": {
    access: "public",
    call: (v) => listProjects(v, projectFilterSchema.parse({ q: fixture.marker }), "en"),
    reveals: listed,
  },
  "projects.codes": {
    access: "public",
    call: (v) => listProjectCodes(v),
    reveals: (r) => (r as { code: string }[]).some((project) => project.code === fixture.hidden.code),
  },
  "projects.page": {
    access: "public",
    call: (v) => getProjectPage(v, fixture.hidden.code, "en"),
    reveals: (r) => r !== null,
  },
  "projects.forEdit": {
    access: "restricted",
    allowed: SIGNED_IN,
    call: (v) => getProjectForEdit(v, fixture.hidden.code, "en"),
  },
  "imports.list": {
    access: "restricted",
    allowed: ["secretariat", "coordinator", "admin"],
    call: (v) => listImportRuns(v),
  },
  "imports.get": {
    access: "restricted",
    allowed: ["secretariat", "coordinator", "admin"],
    call: (v) => getImportRun(v, "00000000-0000-4000-8000-000000000000"),
  },
  "projects.exportBatch": {
    access: "public",
    call: (v) => projectExportBatch(v, projectFilterSchema.parse({ q: fixture.marker }), null),
    reveals: (r) => (r as { code: string }[]).some((project) => project.code === fixture.hidden.code),
  },
  "iati.problems": {
    access: "restricted",
    allowed: SIGNED_IN,
    call: (v) => listIatiProblems(v, fixture.hidden.code),
  },
  "updates.forEdit": {
    access: "restricted",
    allowed: SIGNED_IN,
    call: (v) => getUpdateForEdit(v, fixture.hidden.code, fixture.updateId, "en"),
  },
  "rollups.paragraphs": {
    access: "public",
    call: (v) => paragraphRollups(v, fixture.plan.planId),
    reveals: counted(() => fixture.plan.paragraphIds[0]!),
  },
  "rollups.sections": {
    access: "public",
    call: (v) => sectionRollups(v, fixture.plan.planId),
    reveals: counted(() => fixture.plan.sectionId),
  },
  "rollups.areas": {
    access: "public",
    call: (v) => areaRollups(v),
    reveals: (r) =>
      ((r as Map<string, { count: number }>).get("water-resources")?.count ?? 0) > fixture.publishedInArea,
  },
  "attachments.file": {
    access: "public",
    call: (v) => attachmentFile(v, fixture.attachmentId),
    reveals: (r) => r !== null,
  },
  "dashboard.data": {
    access: "public",
    call: (v) => dashboardData(v, { id: fixture.plan.planId, startYear: 2090, endYear: 2094 }, {}, 2090),
    reveals: (r) => projectCount((r as { figures: unknown }).figures),
  },
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
  "plans.options": {
    access: "public",
    call: (v) => listPlanOptions(v, "en"),
    reveals: (r) => (r as { slug: string }[]).some((plan) => plan.slug === fixture.plan.slug),
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
  "plan.listForEditing": {
    access: "restricted",
    allowed: ["admin"],
    call: (v) => listPlansForEditing(v, "en"),
  },
  "plan.forEditing": {
    access: "restricted",
    allowed: ["admin"],
    call: (v) => getPlanForEditing(v, fixture.plan.slug, "en"),
  },
  "plan.sectionForEditing": {
    access: "restricted",
    allowed: ["admin"],
    call: (v) => getSectionForEditing(v, fixture.plan.planId, "1.1"),
  },
  // The Thai workspace: the Thai secretariat and admins (coordinators translate English).
  "translations.workspace": {
    access: "restricted",
    allowed: ["secretariat", "admin"],
    call: (v) => getWorkspace(v, "th", { kind: "projects" }, "all", 1),
  },
  "translations.detail": {
    access: "restricted",
    allowed: ["secretariat", "admin"],
    call: (v) => getTranslationDetail(v, fixture.hidden.titleId, "th"),
  },
  "users.list": {
    access: "restricted",
    allowed: ["admin"],
    call: (v) => listUsers(v, userFilterSchema.parse({})),
  },
  "users.forEdit": {
    access: "restricted",
    allowed: ["admin"],
    call: (v) => getUserForEdit(v, fixture.userId),
  },
  "audit.list": {
    access: "restricted",
    allowed: ["coordinator", "admin"],
    call: (v) => listAuditEvents(v, {}),
  },
  "audit.exportBatch": {
    access: "restricted",
    allowed: ["coordinator", "admin"],
    call: (v) => auditExportBatch(v, {}, null),
  },
  "users.exportBatch": {
    access: "restricted",
    allowed: ["admin"],
    call: (v) => userExportBatch(v, userFilterSchema.parse({}), null),
  },
  "updates.exportForProject": {
    access: "public",
    call: (v) => projectUpdatesForExport(v, fixture.hidden.code),
    reveals: (r) => r !== null,
  },
  "audit.vocabulary": {
    access: "restricted",
    allowed: ["coordinator", "admin"],
    call: (v) => auditVocabulary(v),
  },
  "audit.refusals": {
    access: "restricted",
    allowed: ["coordinator", "admin"],
    call: (v) => listRefusals(v, undefined),
  },
  "account.overview": { access: "restricted", allowed: SIGNED_IN, call: (v) => getAccountOverview(v) },
  // Each signed-in user reads their own inbox and settings (scoped by the session, not the input).
  "notifications.inbox": {
    access: "restricted",
    allowed: SIGNED_IN,
    call: (v) => listNotifications(v, "en"),
  },
  "notifications.unreadCount": { access: "restricted", allowed: SIGNED_IN, call: (v) => unreadCount(v) },
  "notifications.path": {
    access: "restricted",
    allowed: SIGNED_IN,
    call: (v) => notificationPath(v, "00000000-0000-4000-8000-000000000000"),
  },
  "notifications.settings": {
    access: "restricted",
    allowed: SIGNED_IN,
    call: (v) => notificationSettings(v),
  },
  "mail.outbox": { access: "restricted", allowed: ["admin"], call: (v) => listMail(v, 5) },
  "briefing.prints": {
    access: "restricted",
    allowed: ["coordinator", "admin"],
    call: (v) => listBriefingPrints(v, fixture.published.id),
  },
  "mail.periodReminders": {
    access: "restricted",
    allowed: ["admin"],
    call: (v) => listPeriodReminders(v, "00000000-0000-4000-8000-000000000000"),
  },
};

/** Next's forbidden() and notFound() throw errors with these digests. */
const digest = (error: unknown) => (error as { digest?: string }).digest ?? "";
const FORBIDDEN = "NEXT_HTTP_ERROR_FALLBACK;403";
const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";

describe("read matrix", () => {
  it("has a row for every read in the registry, and no row for a read that does not exist", () => {
    expect(Object.keys(matrix).sort()).toEqual(reads.map((read) => read.readName).sort());
  });

  it("declares each row's access as the read does", () => {
    for (const read of reads) {
      expect(matrix[read.readName]!.access, read.readName).toBe(
        read.access === "public" ? "public" : "restricted",
      );
    }
  });

  const cases = Object.keys(matrix).flatMap((name) => WHO.map((who) => ({ name, who })));

  it.each(cases)("$name read by $who", async ({ name, who }) => {
    const row = matrix[name]!;
    const attempt = row.call(viewer(who));
    if (row.access === "restricted") {
      if (row.allowed.includes(who)) await expect(attempt).resolves.toBeDefined();
      else await expect(attempt.catch(digest)).resolves.toBe(FORBIDDEN);
      return;
    }
    let result: unknown;
    try {
      result = await attempt;
    } catch (error) {
      // An unpublished edition handed to a public read is "not found" for the public.
      expect(digest(error)).toBe(NOT_FOUND);
      expect(who).toBe("anonymous");
      return;
    }
    const json = JSON.stringify(result) ?? "";
    if (who === "anonymous") {
      expect(await row.reveals(result), "the public sees restricted data").toBe(false);
      expect(json).not.toContain(fixture.marker);
      expect(json).not.toContain(fixture.secretEmail);
      expect(json).not.toMatch(/"(passwordHash|totpSecret|tokenHash|actorEmail)"/);
    } else {
      expect(await row.reveals(result), "staff do not see what they may").toBe(true);
    }
  });

  it("answers a published edition's public reads without its unpublished projects", async () => {
    const staff = actors.get("viewer")!;
    const total = await db.editionProject.count({ where: { editionId: fixture.published.id } });
    const hidden = await db.editionProject.count({
      where: { editionId: fixture.published.id, published: false },
    });
    expect(hidden).toBeGreaterThan(0);
    expect((await editionFigures(PUBLIC, fixture.published)).totals.projects).toBe(total - hidden);
    expect((await editionFigures(staff, fixture.published)).totals.projects).toBe(total);
    // Compared with the previous published edition, the unpublished project never shows as a change.
    expect(JSON.stringify(await editionDiff(PUBLIC, fixture.published, "en"))).not.toContain(
      fixture.hidden.code,
    );
  });
});

// Shared by the read matrix's rows (./*.ts) and its test (../read-matrix.test.ts): who reads, the
// restricted records they are tried against, and the checks of what a result reveals.
import { randomUUID } from "node:crypto";
import type { Actor, Role } from "@/lib/auth/permissions";
import { createPrismaClient } from "@/lib/db/create-client";
import { createStatusUpdate } from "@/lib/projects/update-mutations";
import type { Viewer } from "@/lib/reads/define";
import { getEdition, type Edition } from "@/lib/reports/edition-queries";
import { publishEdition } from "@/lib/reports/edition-mutations";
import { createActor, createTestUser } from "../../support/actors";
import { linkProject, type FixturePlan } from "../../support/plans";
import { createTestProject, updateInput } from "../../support/projects";
import { createTestPeriod, issueTestEdition, run, type TestPeriod } from "../../support/reports";

export const db = createPrismaClient(process.env.DATABASE_URL!);

export const WHO = ["anonymous", "viewer", "secretariat", "coordinator", "admin"] as const;
export type Who = (typeof WHO)[number];
export const SIGNED_IN: Who[] = ["viewer", "secretariat", "coordinator", "admin"];
export const PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

export type Fixture = {
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

/** Filled by prepareFixture() before the cases run; the rows read it when called. */
export const fixture = {} as Fixture;
export const actors = new Map<Who, Actor | null>();
export const viewer = (who: Who): Viewer => actors.get(who) ?? null;

/** An edition as a page would load it, read by an administrator (who may read any edition). */
export const loadEdition = async (number: number) => (await getEdition(actors.get("admin")!, number))!;

/** The actors and the restricted records every row is tried against. */
export async function prepareFixture(): Promise<void> {
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
  Object.assign(fixture, {
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
  });
}

/**
 * A public read: anyone may call it; `reveals` says whether the result shows the restricted
 * fixture (the unpublished project, the unpublished edition, the draft plan). The public must never
 * see it; every signed-in staff member must (proving the row looks in the right place).
 */
export type PublicRow = {
  access: "public";
  call: (viewer: Viewer) => Promise<unknown>;
  reveals: (result: unknown) => boolean | Promise<boolean>;
};
/** A read for holders of a permission: the roles given get an answer, everyone else 403. */
export type RestrictedRow = {
  access: "restricted";
  allowed: readonly Who[];
  call: (viewer: Viewer) => Promise<unknown>;
};
export type Row = PublicRow | RestrictedRow;

export const listed = (result: unknown) =>
  (result as { items: { code: string }[] }).items.some((item) => item.code === fixture.hidden.code);
export const counted = (key: () => string) => (result: unknown) =>
  ((result as Map<string, { count: number }>).get(key())?.count ?? 0) > 0;
export const projectCount = (result: unknown) =>
  (result as { totals: { projects: number } }).totals.projects > 0;

import "server-only";
import { cache } from "react";
import type { MeetingType, PlanStatus } from "@/generated/prisma/enums";
import { seesUnpublished } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { localize, textOf, type LocalizedText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/settings";
import type { SectionLevelName } from "./numbering";
import { defineRead } from "@/lib/reads/define";
import { inReadingOrder } from "./outline";

export type PlanOverview = {
  id: string;
  slug: string;
  title: LocalizedText;
  summary: LocalizedText;
  startYear: number;
  endYear: number;
  status: PlanStatus;
  adoptedOn: Date | null;
  adoptedAt: { type: MeetingType; number: number; venue: LocalizedText } | null;
  /** The section inside which the portal's copy of the text breaks off, if it does. */
  textEndsIn: string | null;
  phases: { startYear: number; endYear: number; name: LocalizedText; description: LocalizedText }[];
};

/** The plan the portal leads with: the most recent adopted plan whose text the portal holds. */
export const getFeaturedPlan = cache(async (lng: Locale): Promise<PlanOverview | null> => {
  const plan = await getDb().plan.findFirst({
    orderBy: { startYear: "desc" },
    where: { status: { not: "draft" }, sections: { some: {} } },
    include: {
      title: textOf(lng),
      summary: textOf(lng),
      adoptedAt: { select: { type: true, number: true, venue: textOf(lng) } },
      phases: { orderBy: { position: "asc" }, include: { name: textOf(lng), description: textOf(lng) } },
      sections: { where: { textEndsHere: true }, select: { number: true }, take: 1 },
    },
  });
  if (!plan) return null;
  return {
    id: plan.id,
    slug: plan.slug,
    title: localize(plan.title, lng),
    summary: localize(plan.summary, lng),
    startYear: plan.startYear,
    endYear: plan.endYear,
    status: plan.status,
    adoptedOn: plan.adoptedOn,
    adoptedAt: plan.adoptedAt && { ...plan.adoptedAt, venue: localize(plan.adoptedAt.venue, lng) },
    textEndsIn: plan.sections[0]?.number ?? null,
    phases: plan.phases.map((phase) => ({
      startYear: phase.startYear,
      endYear: phase.endYear,
      name: localize(phase.name, lng),
      description: localize(phase.description, lng),
    })),
  };
});

export type OutlineSection = {
  id: string;
  number: string;
  level: SectionLevelName;
  parentId: string | null;
  title: LocalizedText;
  textEndsHere: boolean;
  retired: boolean;
  pillar: { slug: string; name: LocalizedText } | null;
  priorityArea: { slug: string; name: LocalizedText } | null;
};

/** All sections of a plan in reading order (each chapter followed by its sections, depth first). */
export const getPlanOutline = cache(async (planId: string, lng: Locale): Promise<OutlineSection[]> => {
  const rows = await getDb().section.findMany({
    where: { planId },
    orderBy: { position: "asc" },
    include: {
      title: textOf(lng),
      pillar: { select: { slug: true, name: textOf(lng) } },
      priorityArea: { select: { slug: true, name: textOf(lng) } },
    },
  });
  return inReadingOrder(rows).map((row) => ({
    id: row.id,
    number: row.number,
    level: row.level,
    parentId: row.parentId,
    title: localize(row.title, lng),
    textEndsHere: row.textEndsHere,
    retired: row.retiredAt !== null,
    pillar: row.pillar && { slug: row.pillar.slug, name: localize(row.pillar.name, lng) },
    priorityArea: row.priorityArea && {
      slug: row.priorityArea.slug,
      name: localize(row.priorityArea.name, lng),
    },
  }));
});

export type PlanParagraph = {
  id: string;
  citation: string;
  sectionId: string;
  retired: boolean;
  body: LocalizedText;
};

export async function getParagraphs(
  planId: string,
  sectionIds: string[] | "all",
  lng: Locale,
): Promise<PlanParagraph[]> {
  const rows = await getDb().paragraph.findMany({
    where: { planId, ...(sectionIds === "all" ? {} : { sectionId: { in: sectionIds } }) },
    orderBy: { position: "asc" },
    select: { id: true, citation: true, sectionId: true, retiredAt: true, body: textOf(lng) },
  });
  return rows.map((row) => ({
    id: row.id,
    citation: row.citation,
    sectionId: row.sectionId,
    retired: row.retiredAt !== null,
    body: localize(row.body, lng),
  }));
}

export type PlanOption = { id: string; slug: string; label: string };

/**
 * The plans `viewer` may see, newest first, as forms and filters offer them: "title (2018–2022)".
 * Draft plans (not yet in force) are for staff only.
 */
export const listPlanOptions = defineRead(
  "plans.options",
  "public",
  async (viewer, lng: Locale): Promise<PlanOption[]> => {
    const plans = await getDb().plan.findMany({
      where: seesUnpublished(viewer) ? {} : { status: { not: "draft" } },
      orderBy: { startYear: "desc" },
      select: { id: true, slug: true, startYear: true, endYear: true, title: textOf(lng) },
    });
    return plans.map((plan) => ({
      id: plan.id,
      slug: plan.slug,
      label: `${localize(plan.title, lng).value} (${plan.startYear}–${plan.endYear})`,
    }));
  },
);

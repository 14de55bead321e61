import "server-only";
import { getDb } from "@/lib/db/client";
import { localize, textOf } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/settings";
import { defineRead } from "@/lib/reads/define";
import { inReadingOrder } from "./outline";

// The plan editor works on the source wording (the plan's original language), with versions for
// optimistic concurrency and retired items shown, never hidden.

const sourceOf = {
  select: {
    sourceLocale: true,
    translations: { where: { status: "source" as const }, select: { value: true } },
  },
};
const sourceValue = (text: { translations: { value: string }[] }) => text.translations[0]?.value ?? "";

export const listPlansForEditing = defineRead(
  "plan.listForEditing",
  "plan.edit",
  async (_viewer, lng: Locale) => {
    const plans = await getDb().plan.findMany({
      orderBy: { startYear: "desc" },
      select: {
        slug: true,
        startYear: true,
        endYear: true,
        status: true,
        title: textOf(lng),
        _count: { select: { sections: true, paragraphs: true } },
      },
    });
    return plans.map((plan) => ({
      ...plan,
      title: localize(plan.title, lng),
      sections: plan._count.sections,
      paragraphs: plan._count.paragraphs,
    }));
  },
);

export type EditorSection = {
  id: string;
  number: string;
  level: string;
  parentId: string | null;
  position: number;
  version: number;
  retired: boolean;
  title: string;
  sourceLocale: Locale;
};

export const getPlanForEditing = defineRead(
  "plan.forEditing",
  "plan.edit",
  async (_viewer, slug: string, lng: Locale) => {
    const plan = await getDb().plan.findUnique({
      where: { slug },
      select: {
        id: true,
        slug: true,
        status: true,
        startYear: true,
        endYear: true,
        title: textOf(lng),
        sections: {
          orderBy: { position: "asc" },
          select: {
            id: true,
            number: true,
            level: true,
            parentId: true,
            position: true,
            version: true,
            retiredAt: true,
            title: sourceOf,
          },
        },
      },
    });
    if (!plan) return null;
    const rows: EditorSection[] = plan.sections.map(({ retiredAt, title, ...section }) => ({
      ...section,
      retired: retiredAt !== null,
      title: sourceValue(title),
      sourceLocale: title.sourceLocale,
    }));
    return {
      id: plan.id,
      slug: plan.slug,
      status: plan.status,
      startYear: plan.startYear,
      endYear: plan.endYear,
      title: localize(plan.title, lng),
      sections: inReadingOrder(rows),
    };
  },
);

export const getSectionForEditing = defineRead(
  "plan.sectionForEditing",
  "plan.edit",
  async (_viewer, planId: string, number: string) => {
    const section = await getDb().section.findUnique({
      where: { planId_number: { planId, number } },
      select: {
        id: true,
        number: true,
        level: true,
        version: true,
        retiredAt: true,
        title: sourceOf,
        paragraphs: {
          orderBy: { position: "asc" },
          select: { id: true, citation: true, version: true, retiredAt: true, body: sourceOf },
        },
      },
    });
    if (!section) return null;
    return {
      id: section.id,
      number: section.number,
      level: section.level,
      version: section.version,
      retired: section.retiredAt !== null,
      sourceLocale: section.title.sourceLocale,
      title: sourceValue(section.title),
      paragraphs: section.paragraphs.map((paragraph) => ({
        id: paragraph.id,
        citation: paragraph.citation,
        version: paragraph.version,
        retired: paragraph.retiredAt !== null,
        body: sourceValue(paragraph.body),
      })),
    };
  },
);

import "server-only";
import { assertNoZawgyi } from "@/lib/translations/zawgyi";
import { changedFields } from "@/lib/audit/record";
import type { Locale } from "@/lib/i18n/settings";
import { defineMutation, type Tx } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import { createSourceText } from "@/lib/translations/texts";
import { writeWording } from "@/lib/translations/wording";
import { citationId, levelOfNumber } from "./numbering";
import {
  addParagraphSchema,
  addSectionSchema,
  editSourceSchema,
  moveItemSchema,
  retireItemSchema,
} from "./schemas";
import { bumpVersion, loadItem, lockPlan, nextOrdinal } from "./structure";

// The plan editor (admins). Numbers and citation ids are handed out once and never change or
// return: moving an item changes its position only, retiring it keeps it (docs/decisions/0011).

async function planSourceLocale(tx: Tx, planId: string): Promise<Locale> {
  const plan = await tx.plan.findUniqueOrThrow({
    where: { id: planId },
    select: { title: { select: { sourceLocale: true } } },
  });
  return plan.title.sourceLocale;
}

export const addSection = defineMutation({
  name: "plan.addSection",
  permission: "plan.edit",
  input: addSectionSchema,
  affectsPublicPages: true,
  async run(tx, input) {
    assertNoZawgyi({ title: input.title }, input.confirmedUnicode);
    const plan = await tx.plan.findUnique({ where: { slug: input.plan }, select: { id: true } });
    if (!plan) throw new MutationError("notFound");
    await lockPlan(tx, plan.id);
    const parent = input.parentId
      ? await tx.section.findFirst({ where: { id: input.parentId, planId: plan.id } })
      : null;
    if (input.parentId && !parent) throw new MutationError("notFound");
    if (parent?.level === "subsection")
      throw new MutationError("invalid", { fieldErrors: { parentId: [{ key: "validation.tooDeep" }] } });
    const siblings = await tx.section.findMany({
      where: { planId: plan.id, parentId: parent?.id ?? null },
      select: { number: true, position: true },
    });
    const ordinal = nextOrdinal(siblings.map((sibling) => sibling.number));
    const number = parent ? `${parent.number}.${ordinal}` : String(ordinal);
    const section = await tx.section.create({
      data: {
        planId: plan.id,
        parentId: parent?.id ?? null,
        level: levelOfNumber(number),
        number,
        position: Math.max(0, ...siblings.map((sibling) => sibling.position)) + 1,
        titleId: await createSourceText(tx, await planSourceLocale(tx, plan.id), input.title),
        pillarId: parent?.pillarId ?? null,
        priorityAreaId: parent?.priorityAreaId ?? null,
      },
      select: { id: true },
    });
    return {
      result: { id: section.id, number },
      audit: {
        action: "plan.addSection",
        entityType: "Section",
        entityId: section.id,
        changes: changedFields(null, { plan: input.plan, number, title: input.title }, [
          "plan",
          "number",
          "title",
        ]),
      },
    };
  },
});

export const addParagraph = defineMutation({
  name: "plan.addParagraph",
  permission: "plan.edit",
  input: addParagraphSchema,
  affectsPublicPages: true,
  async run(tx, input) {
    assertNoZawgyi({ body: input.body }, input.confirmedUnicode);
    const section = await tx.section.findUnique({
      where: { id: input.sectionId },
      select: { id: true, planId: true, number: true },
    });
    if (!section) throw new MutationError("notFound");
    await lockPlan(tx, section.planId);
    const paragraphs = await tx.paragraph.findMany({
      where: { sectionId: section.id },
      select: { id: true, citation: true, position: true },
    });
    const after = input.afterId ? paragraphs.find((paragraph) => paragraph.id === input.afterId) : null;
    if (input.afterId && !after)
      throw new MutationError("invalid", { fieldErrors: { afterId: [{ key: "validation.choose" }] } });
    const position = after
      ? after.position + 1
      : Math.max(0, ...paragraphs.map((paragraph) => paragraph.position)) + 1;
    if (after) {
      await tx.paragraph.updateMany({
        where: { sectionId: section.id, position: { gte: position } },
        data: { position: { increment: 1 } },
      });
    }
    const citation = citationId(
      section.number,
      nextOrdinal(paragraphs.map((paragraph) => paragraph.citation)),
    );
    const paragraph = await tx.paragraph.create({
      data: {
        planId: section.planId,
        sectionId: section.id,
        citation,
        position,
        bodyId: await createSourceText(tx, await planSourceLocale(tx, section.planId), input.body),
      },
      select: { id: true },
    });
    return {
      result: { id: paragraph.id, citation },
      audit: {
        action: "plan.addParagraph",
        entityType: "Paragraph",
        entityId: paragraph.id,
        changes: changedFields(null, { section: section.number, citation, position, body: input.body }, [
          "section",
          "citation",
          "position",
          "body",
        ]),
      },
    };
  },
});

/** Rewords a section title or a paragraph in its source language; every translation of it goes stale. */
export const editSource = defineMutation({
  name: "plan.editSource",
  permission: "plan.edit",
  input: editSourceSchema,
  affectsPublicPages: true,
  async run(tx, input, context) {
    assertNoZawgyi({ value: input.value }, input.confirmedUnicode);
    const item = await loadItem(tx, input.kind, input.id);
    const text = await tx.text.findUniqueOrThrow({
      where: { id: item.textId },
      select: { sourceLocale: true, translations: { select: { locale: true, value: true, status: true } } },
    });
    const source = text.translations.find((translation) => translation.locale === text.sourceLocale);
    await bumpVersion(tx, item, input.version);
    if (source?.value === input.value)
      return {
        result: { version: input.version + 1 },
        audit: { action: "plan.editSource", entityType: entityType(item.kind), entityId: item.id },
      };
    await writeWording(tx, context, { textId: item.textId, locale: text.sourceLocale, value: input.value });
    const goneStale = text.translations
      .filter((translation) => translation.status === "draft" || translation.status === "reviewed")
      .map((translation) => translation.locale);
    return {
      result: { version: input.version + 1 },
      audit: {
        action: "plan.editSource",
        entityType: entityType(item.kind),
        entityId: item.id,
        changes: {
          [text.sourceLocale]: { before: source?.value ?? null, after: input.value },
          staleTranslations: { before: [], after: goneStale },
        },
      },
    };
  },
});

/** Swaps an item with its neighbour; numbers and citation ids stay as they are. */
export const moveItem = defineMutation({
  name: "plan.move",
  permission: "plan.edit",
  input: moveItemSchema,
  affectsPublicPages: true,
  async run(tx, input) {
    const item = await loadItem(tx, input.kind, input.id);
    await lockPlan(tx, item.planId);
    const neighbour = await findNeighbour(tx, item, input.direction);
    if (!neighbour) throw new MutationError("wrongState");
    await bumpVersion(tx, item, input.version, { position: neighbour.position });
    const data = { position: item.position, version: { increment: 1 } };
    if (input.kind === "section") await tx.section.update({ where: { id: neighbour.id }, data });
    else await tx.paragraph.update({ where: { id: neighbour.id }, data });
    return {
      result: { version: input.version + 1 },
      audit: {
        action: "plan.move",
        entityType: entityType(item.kind),
        entityId: item.id,
        changes: { position: { before: item.position, after: neighbour.position } },
      },
    };
  },
});

/** Retires an item (or brings it back): it stays, with its number or citation id, shown as retired. */
export const retireItem = defineMutation({
  name: "plan.retire",
  permission: "plan.edit",
  input: retireItemSchema,
  affectsPublicPages: true,
  async run(tx, input) {
    const item = await loadItem(tx, input.kind, input.id);
    if (Boolean(item.retiredAt) === input.retired) throw new MutationError("wrongState");
    const retiredAt = input.retired ? new Date() : null;
    await bumpVersion(tx, item, input.version, { retiredAt });
    return {
      result: { version: input.version + 1 },
      audit: {
        action: input.retired ? "plan.retire" : "plan.restore",
        entityType: entityType(item.kind),
        entityId: item.id,
        changes: { retired: { before: !input.retired, after: input.retired } },
      },
    };
  },
});

const entityType = (kind: "section" | "paragraph") => (kind === "section" ? "Section" : "Paragraph");

async function findNeighbour(tx: Tx, item: Awaited<ReturnType<typeof loadItem>>, direction: "up" | "down") {
  const position = direction === "up" ? { lt: item.position } : { gt: item.position };
  const orderBy = { position: direction === "up" ? ("desc" as const) : ("asc" as const) };
  const select = { id: true, position: true };
  return item.kind === "section"
    ? tx.section.findFirst({
        where: { planId: item.planId, parentId: item.parentKey, position },
        orderBy,
        select,
      })
    : tx.paragraph.findFirst({ where: { sectionId: item.parentKey!, position }, orderBy, select });
}

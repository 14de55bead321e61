import "server-only";
import type { Tx } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";

/** A section or a paragraph, as the plan editor moves, retires and rewords it. */
export type PlanItem = {
  kind: "section" | "paragraph";
  id: string;
  planId: string;
  /** The section's parent, or the paragraph's section: the siblings share it. */
  parentKey: string | null;
  position: number;
  version: number;
  textId: string;
  retiredAt: Date | null;
  /** The section number or the paragraph's citation id. */
  label: string;
};

export async function loadItem(tx: Tx, kind: PlanItem["kind"], id: string): Promise<PlanItem> {
  if (kind === "section") {
    const row = await tx.section.findUnique({ where: { id } });
    if (!row) throw new MutationError("notFound");
    return {
      kind,
      id,
      planId: row.planId,
      parentKey: row.parentId,
      position: row.position,
      version: row.version,
      textId: row.titleId,
      retiredAt: row.retiredAt,
      label: row.number,
    };
  }
  const row = await tx.paragraph.findUnique({ where: { id } });
  if (!row) throw new MutationError("notFound");
  return {
    kind,
    id,
    planId: row.planId,
    parentKey: row.sectionId,
    position: row.position,
    version: row.version,
    textId: row.bodyId,
    retiredAt: row.retiredAt,
    label: row.citation,
  };
}

/** Structural edits of one plan run one at a time, so numbers and positions are never handed out twice. */
export async function lockPlan(tx: Tx, planId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Plan" WHERE id = ${planId}::uuid FOR UPDATE`;
}

/** Claims the item at the version the editor saw, or refuses with what it is now. */
export async function bumpVersion(
  tx: Tx,
  item: Pick<PlanItem, "kind" | "id">,
  version: number,
  data: { position?: number; retiredAt?: Date | null } = {},
): Promise<void> {
  const where = { id: item.id, version };
  const update = { ...data, version: { increment: 1 } };
  const { count } =
    item.kind === "section"
      ? await tx.section.updateMany({ where, data: update })
      : await tx.paragraph.updateMany({ where, data: update });
  if (!count) throw new MutationError("conflict");
}

/**
 * The next free ordinal under a parent: one more than the highest ever given, retired ones
 * included, so a number or citation id is never handed out twice.
 */
export function nextOrdinal(taken: string[]): number {
  return taken.reduce((highest, label) => Math.max(highest, Number(label.split(/[.-]/).at(-1)) || 0), 0) + 1;
}

import "server-only";
import { changedFields } from "@/lib/audit/record";
import { defineMutation } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import { createSourceText } from "@/lib/translations/texts";
import { createPlanSchema, setPlanInForceSchema } from "./schemas";

// Plans as a whole (admins): adding one, putting one in force. Their outline is edited in
// outline-mutations.ts.

export const createPlan = defineMutation({
  name: "plan.create",
  permission: "plan.edit",
  input: createPlanSchema,
  affectsPublicPages: true,
  async run(tx, input) {
    if (await tx.plan.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      throw new MutationError("duplicate", { fieldErrors: { slug: [{ key: "validation.planExists" }] } });
    }
    const plan = await tx.plan.create({
      data: {
        slug: input.slug,
        startYear: input.startYear,
        endYear: input.endYear,
        status: "draft",
        titleId: await createSourceText(tx, input.sourceLocale, input.title),
        summaryId: await createSourceText(tx, input.sourceLocale, input.summary),
      },
      select: { id: true },
    });
    return {
      result: { slug: input.slug },
      audit: {
        action: "plan.create",
        entityType: "Plan",
        entityId: plan.id,
        changes: changedFields(null, input, [
          "slug",
          "startYear",
          "endYear",
          "sourceLocale",
          "title",
          "summary",
        ]),
      },
    };
  },
});

/** Marks a plan as the one in force; the plan in force until then has ended. */
export const setPlanInForce = defineMutation({
  name: "plan.setInForce",
  permission: "plan.edit",
  input: setPlanInForceSchema,
  affectsPublicPages: true,
  async run(tx, input) {
    const plan = await tx.plan.findUnique({
      where: { slug: input.slug },
      select: { id: true, status: true },
    });
    if (!plan) throw new MutationError("notFound");
    if (plan.status === "in_force") throw new MutationError("wrongState");
    const previous = await tx.plan.findMany({ where: { status: "in_force" }, select: { id: true } });
    await tx.plan.updateMany({ where: { status: "in_force" }, data: { status: "ended" } });
    await tx.plan.update({ where: { id: plan.id }, data: { status: "in_force" } });
    return {
      result: { slug: input.slug },
      audit: [
        {
          action: "plan.setInForce",
          entityType: "Plan",
          entityId: plan.id,
          changes: { status: { before: plan.status, after: "in_force" } },
        },
        ...previous.map(({ id }) => ({
          action: "plan.end",
          entityType: "Plan",
          entityId: id,
          changes: { status: { before: "in_force", after: "ended" } },
        })),
      ],
    };
  },
});

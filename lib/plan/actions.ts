"use server";

import type { MutationInput } from "@/lib/mutations/define";
import { perform } from "@/lib/mutations/perform";
import { createPlan, setPlanInForce } from "./mutations";
import { addParagraph, addSection, editSource, moveItem, retireItem } from "./outline-mutations";

// Public endpoints: each mutation validates its input and checks that the actor may edit the plan.

export async function createPlanAction(input: MutationInput<typeof createPlan>) {
  return perform(createPlan, input);
}

export async function setPlanInForceAction(input: MutationInput<typeof setPlanInForce>) {
  return perform(setPlanInForce, input);
}

export async function addSectionAction(input: MutationInput<typeof addSection>) {
  return perform(addSection, input);
}

export async function addParagraphAction(input: MutationInput<typeof addParagraph>) {
  return perform(addParagraph, input);
}

export async function editSourceAction(input: MutationInput<typeof editSource>) {
  return perform(editSource, input);
}

export async function moveItemAction(input: MutationInput<typeof moveItem>) {
  return perform(moveItem, input);
}

export async function retireItemAction(input: MutationInput<typeof retireItem>) {
  return perform(retireItem, input);
}

"use server";

import { perform } from "@/lib/mutations/perform";
import {
  addParagraph,
  addSection,
  createPlan,
  editSource,
  moveItem,
  retireItem,
  setPlanInForce,
} from "./mutations";

// Public endpoints: each mutation validates its input and checks that the actor may edit the plan.

export async function createPlanAction(input: unknown) {
  return perform(createPlan, input);
}

export async function setPlanInForceAction(input: unknown) {
  return perform(setPlanInForce, input);
}

export async function addSectionAction(input: unknown) {
  return perform(addSection, input);
}

export async function addParagraphAction(input: unknown) {
  return perform(addParagraph, input);
}

export async function editSourceAction(input: unknown) {
  return perform(editSource, input);
}

export async function moveItemAction(input: unknown) {
  return perform(moveItem, input);
}

export async function retireItemAction(input: unknown) {
  return perform(retireItem, input);
}

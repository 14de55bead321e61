"use server";

import type { MutationInput } from "@/lib/mutations/define";
import { perform } from "@/lib/mutations/perform";
import { createProject, updateProject } from "./mutations";
import { editStatusUpdate } from "./update-mutations";

// Public endpoints: each hands its input to a mutation (validation, actor, country scope, audit).
// A new status update carries files, and goes to its route instead (app/api/status-updates).

export async function createProjectAction(input: MutationInput<typeof createProject>) {
  return perform(createProject, input);
}

export async function updateProjectAction(input: MutationInput<typeof updateProject>) {
  return perform(updateProject, input);
}

export async function editStatusUpdateAction(input: MutationInput<typeof editStatusUpdate>) {
  return perform(editStatusUpdate, input);
}

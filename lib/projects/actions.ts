"use server";

import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { perform } from "@/lib/mutations/perform";
import type { MutationResult } from "@/lib/mutations/result";
import { removeStored, storeUploads } from "./attachments";
import { createProject, updateProject } from "./mutations";
import { createStatusUpdate, editStatusUpdate } from "./update-mutations";

// Public endpoints: each hands its raw input to a mutation (validation, actor, country scope,
// audit). Files are checked and stored only for a signed-in user who may edit projects at all.

export async function createProjectAction(input: unknown) {
  return perform(createProject, input);
}

export async function updateProjectAction(input: unknown) {
  return perform(updateProject, input);
}

export async function editStatusUpdateAction(input: unknown) {
  return perform(editStatusUpdate, input);
}

export async function createStatusUpdateAction(formData: FormData): Promise<MutationResult<{ id: string }>> {
  const actor = await getActor();
  if (!actor) return { ok: false, error: "unauthenticated" };
  if (!can(actor, "projects.edit")) return { ok: false, error: "forbidden" };
  let payload: unknown;
  try {
    payload = JSON.parse(String(formData.get("payload") ?? ""));
  } catch {
    return { ok: false, error: "invalid" };
  }
  if (typeof payload !== "object" || payload === null) return { ok: false, error: "invalid" };
  const files = formData.getAll("attachments").filter((entry): entry is File => entry instanceof File);
  const upload = await storeUploads(files);
  if ("problems" in upload)
    return { ok: false, error: "invalid", fieldErrors: { attachments: upload.problems } };
  const result = await perform(createStatusUpdate, { ...payload, attachments: upload.stored });
  if (!result.ok) await removeStored(upload.stored.map((file) => file.storageKey));
  return result;
}

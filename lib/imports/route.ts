import "server-only";
import { jsonField, mutationRoute } from "@/lib/http/mutation-route";
import { JOBS, runSoon } from "@/lib/jobs/queue";
import type { Mutation } from "@/lib/mutations/define";
import { MAX_IMPORT_BYTES } from "./limits";
import type { IMPORT_MODES } from "./schemas";

/**
 * The route of an import mutation: the multipart form decoded, the mode fixed by the address. The
 * file is queued; the import job is nudged to try it at once rather than at its next minute.
 */
export function importRoute(mutation: Mutation, mode: (typeof IMPORT_MODES)[number]) {
  return mutationRoute(mutation, {
    maxBytes: MAX_IMPORT_BYTES + 64 * 1024,
    decode: (form) => {
      const payload = jsonField(form, "payload");
      return typeof payload === "object" && payload !== null
        ? { ...payload, mode, file: form.get("file") }
        : undefined;
    },
    after: () => runSoon(JOBS.imports),
  });
}

import { jsonField, mutationRoute } from "@/lib/http/mutation-route";
import { MAX_UPDATE_BODY_BYTES } from "@/lib/projects/attachments";
import { createStatusUpdate } from "@/lib/projects/update-mutations";

/** A new status update with its attachments: the update as JSON in `payload`, the files as `attachments`. */
export const POST = mutationRoute(createStatusUpdate, {
  maxBytes: MAX_UPDATE_BODY_BYTES,
  decode: (form) => {
    const payload = jsonField(form, "payload");
    return typeof payload === "object" && payload !== null
      ? { ...payload, attachments: form.getAll("attachments") }
      : undefined;
  },
});

import { jsonField, mutationRoute } from "@/lib/http/mutation-route";
import { importTranslations } from "@/lib/translations/mutations";
import { MAX_IMPORT_BYTES } from "@/lib/translations/schemas";

/** A locale's queue, filled in offline, read back: `locale` and `review` in `payload`, the CSV as `file`. */
export const POST = mutationRoute(importTranslations, {
  maxBytes: MAX_IMPORT_BYTES + 64 * 1024,
  decode: (form) => {
    const payload = jsonField(form, "payload");
    return typeof payload === "object" && payload !== null
      ? { ...payload, file: form.get("file") }
      : undefined;
  },
});

import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

/** Beside a retired section's title: it stays in the plan, with its number, as retired. */
export async function RetiredMark({ lng }: { lng: Locale }) {
  const t = await getT(lng, "plan");
  return (
    <span className="ml-2 align-middle text-sm font-semibold text-earth-600" data-testid="section-retired">
      ({t("section.retired")})
    </span>
  );
}

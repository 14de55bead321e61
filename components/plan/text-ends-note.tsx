import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

export async function TextEndsNote({ sectionNumber, lng }: { sectionNumber: string; lng: Locale }) {
  const t = await getT(lng, "plan");
  return (
    <aside
      className="my-6 rounded border border-dashed border-slate-400 bg-slate-50 px-4 py-3 text-sm text-slate-700"
      data-testid="text-ends-note"
    >
      <p className="font-semibold">{t("incomplete.title")}</p>
      <p>{t("incomplete.body", { section: sectionNumber })}</p>
    </aside>
  );
}

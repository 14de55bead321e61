import { Localized } from "@/components/i18n/localized";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { headingNumber } from "@/lib/plan/numbering";
import type { OutlineSection } from "@/lib/plan/queries";
import { routes } from "@/lib/routes";

export async function SectionPager({
  lng,
  previous,
  next,
}: {
  lng: Locale;
  previous: OutlineSection | null;
  next: OutlineSection | null;
}) {
  const t = await getT(lng, "plan");
  const link = (section: OutlineSection, label: string, rel: "prev" | "next") => (
    <a
      href={routes.section(lng, section.number)}
      rel={rel}
      className={`block rounded border border-slate-300 px-4 py-3 hover:border-river-600 hover:bg-river-50 ${rel === "next" ? "sm:text-right" : ""}`}
    >
      <span className="block text-sm text-slate-600">{label}</span>
      <span className="font-medium text-river-800">
        {headingNumber(section.number, lng)} <Localized text={section.title} lng={lng} />
      </span>
    </a>
  );
  return (
    <nav
      aria-label={t("section.pagination")}
      className="no-print mt-10 grid gap-3 border-t border-slate-200 pt-6 sm:grid-cols-2"
    >
      <div>{previous && link(previous, t("section.previous"), "prev")}</div>
      <div>{next && link(next, t("section.next"), "next")}</div>
    </nav>
  );
}

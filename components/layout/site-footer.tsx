import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { routes } from "@/lib/routes";

export async function SiteFooter({ lng }: { lng: Locale }) {
  const t = await getT(lng);
  return (
    <footer className="no-print border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6 text-sm text-slate-700 sm:px-6">
        <p>{t("footer.about")}</p>
        <p>
          {t("footer.sourceNote")}{" "}
          <a href={routes.translationStatus(lng)} className="text-river-700 underline">
            {t("footer.translationStatus")}
          </a>
        </p>
        <p>
          <a href={routes.developers(lng)} className="text-river-700 underline">
            {t("footer.developers")}
          </a>
        </p>
      </div>
    </footer>
  );
}

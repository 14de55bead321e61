import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { EditionChange, EditionDiff } from "@/lib/reports/edition-queries";

const SHOWN = 20;

/** What changed since the previous edition: new projects, status changes, completed, newly overdue. */
export async function EditionChanges({ diff, lng }: { diff: EditionDiff; lng: Locale }) {
  const [t, tp] = await Promise.all([getT(lng, "reports"), getT(lng, "projects")]);
  const group = (
    key: "newProjects" | "statusChanges" | "newlyCompleted" | "newlyOverdue",
    items: EditionChange[],
  ) => (
    <section key={key} aria-labelledby={`changes-${key}`} className="break-inside-avoid space-y-1">
      <h3 id={`changes-${key}`} className="font-semibold">
        {t(`edition.${key}`)} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="text-sm">{t("edition.nothing")}</p>
      ) : (
        <ul className="space-y-0.5 text-sm" data-testid={`changes-${key}`}>
          {items.slice(0, SHOWN).map((item) => (
            <li key={item.code}>
              <span className="font-mono text-xs">{item.code}</span>{" "}
              <span lang={item.title.locale}>{item.title.value}</span>
              {key === "statusChanges" && item.before && (
                <span className="text-slate-700">
                  {" "}
                  — {t("edition.from")} {tp(`status.${item.before}`)} {t("edition.to")}{" "}
                  {tp(`status.${item.after}`)}
                </span>
              )}
            </li>
          ))}
          {items.length > SHOWN && <li>{t("edition.andMore", { count: items.length - SHOWN })}</li>}
        </ul>
      )}
    </section>
  );
  return (
    <div className="grid gap-4 md:grid-cols-2" data-testid="edition-changes">
      {group("newProjects", diff.newProjects)}
      {group("statusChanges", diff.statusChanges)}
      {group("newlyCompleted", diff.newlyCompleted)}
      {group("newlyOverdue", diff.newlyOverdue)}
    </div>
  );
}

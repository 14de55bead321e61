import { ProgressBar, StatusBadge } from "./status-badge";
import { Localized } from "@/components/i18n/localized";
import { TranslationNote } from "@/components/i18n/translation-note";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { routes } from "@/lib/routes";
import type { ProjectPage } from "@/lib/projects/queries";

/** The project's status updates, newest first, with who wrote what and when. */
export async function UpdateTimeline({
  updates,
  lng,
  editHref,
}: {
  updates: ProjectPage["updates"];
  lng: Locale;
  editHref: ((id: string) => string) | null;
}) {
  const t = await getT(lng, "projects");
  if (!updates.length) return <p className="text-slate-700">{t("project.noUpdates")}</p>;
  return (
    <ol className="space-y-6 border-l-2 border-river-100 pl-5" data-testid="timeline">
      {updates.map((update) => (
        <li key={update.id} className="relative space-y-2">
          <span
            aria-hidden="true"
            className="absolute -left-[1.6rem] top-1.5 h-3 w-3 rounded-full bg-river-600"
          />
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
            {/* Each update is a section of the timeline, headed by its date (h2 timeline > h3 > h4). */}
            <h3 className="font-semibold text-slate-900">
              {t("project.reported", { date: formatDate(update.reportedOn, lng) })}
            </h3>
            {update.author && <span>{t("project.by", { author: update.author.name })}</span>}
            <span>{t("project.period", { year: update.periodYear })}</span>
            <StatusBadge status={update.status} lng={lng} />
            <ProgressBar value={update.progress} label={t("project.progress")} />
          </div>
          <div className="space-y-1">
            <Localized as="p" text={update.narrative} lng={lng} className="whitespace-pre-line" />
            <TranslationNote text={update.narrative} lng={lng} />
          </div>
          {update.milestones && (
            <div className="text-sm">
              <h4 className="font-semibold">{t("project.milestones")}</h4>
              <Localized as="p" text={update.milestones} lng={lng} className="whitespace-pre-line" />
            </div>
          )}
          {update.issues && (
            <div className="text-sm">
              <h4 className="font-semibold">{t("project.issues")}</h4>
              <Localized as="p" text={update.issues} lng={lng} className="whitespace-pre-line" />
            </div>
          )}
          {update.evidenceLinks.length > 0 && (
            <div className="text-sm">
              <h4 className="font-semibold">{t("project.evidence")}</h4>
              <ul>
                {update.evidenceLinks.map((link) => (
                  <li key={link}>
                    <a
                      href={link}
                      rel="noopener noreferrer nofollow"
                      className="break-all text-river-700 underline"
                    >
                      {link}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {update.attachments.length > 0 && (
            <div className="text-sm">
              <h4 className="font-semibold">{t("project.attachments")}</h4>
              <ul data-testid="attachments">
                {update.attachments.map((attachment) => (
                  <li key={attachment.id}>
                    <a href={routes.api.attachment(attachment.id)} className="text-river-700 underline">
                      {attachment.fileName}
                    </a>{" "}
                    <span className="text-slate-600">
                      ({formatNumber(Math.ceil(attachment.size / 1024), lng)} KB)
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {editHref && (
            <a href={editHref(update.id)} className="text-sm text-river-700 underline">
              {t("project.editUpdate")}
            </a>
          )}
        </li>
      ))}
    </ol>
  );
}

import type { Metadata } from "next";
import { Localized } from "@/components/i18n/localized";
import { TranslationNotice } from "@/components/i18n/translation-note";
import { meetingName } from "@/lib/cooperation/meeting-name";
import { getMeetingTypeNames, getMeetings } from "@/lib/cooperation/queries";
import { formatDate } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { alternatesFor } from "@/lib/seo/alternates";

export async function generateMetadata({ params }: PageProps<"/[lng]/meetings">): Promise<Metadata> {
  const lng = await localeOf(params);
  const t = await getT(lng, "plan");
  return { title: t("meetings.title"), alternates: alternatesFor(lng, "/meetings") };
}

export default async function MeetingsPage({ params }: PageProps<"/[lng]/meetings">) {
  const lng = await localeOf(params);
  const [t, tc, meetings, typeNames] = await Promise.all([
    getT(lng, "plan"),
    getT(lng),
    getMeetings(lng),
    getMeetingTypeNames(lng),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("meetings.title")} lead={t("meetings.lead")} />
      <TranslationNotice
        lng={lng}
        texts={meetings.flatMap((meeting) => [
          meeting.venue,
          meeting.coChairs,
          ...(meeting.theme ? [meeting.theme] : []),
        ])}
      />
      <ol className="space-y-4">
        {meetings.map((meeting) => (
          <li
            key={`${meeting.type}-${meeting.number}`}
            id={`${meeting.type}-${meeting.number}`}
            className="rounded border border-slate-200 p-5 target:border-earth-600"
          >
            <h2 className="text-lg font-semibold text-river-800">{meetingName(tc, meeting, typeNames)}</h2>
            <dl className="mt-2 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
              <dt className="text-slate-600">{t("meetings.date")}</dt>
              <dd>{formatDate(meeting.startsOn, lng)}</dd>
              <dt className="text-slate-600">{t("meetings.venue")}</dt>
              <dd>
                <Localized text={meeting.venue} lng={lng} /> · {tc(`meeting.format.${meeting.format}`)}
              </dd>
              <dt className="text-slate-600">{t("meetings.coChairs")}</dt>
              <dd>
                <Localized text={meeting.coChairs} lng={lng} />
              </dd>
              {meeting.theme && (
                <>
                  <dt className="text-slate-600">{t("meetings.theme")}</dt>
                  <dd>
                    <Localized text={meeting.theme} lng={lng} />
                  </dd>
                </>
              )}
              {meeting.outcomes && (
                <>
                  <dt className="text-slate-600">{t("meetings.outcomes")}</dt>
                  <dd>
                    <Localized text={meeting.outcomes} lng={lng} />
                  </dd>
                </>
              )}
              <dt className="text-slate-600">{t("meetings.sources")}</dt>
              <dd className="space-y-1">
                {meeting.sourceUrls.map((url) => (
                  <a
                    key={url}
                    href={url}
                    rel="noopener noreferrer"
                    className="block break-all text-river-700 underline"
                  >
                    {new URL(url).hostname}
                  </a>
                ))}
              </dd>
            </dl>
          </li>
        ))}
      </ol>
    </div>
  );
}

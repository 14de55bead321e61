import type { TFunction } from "i18next";

import type { MeetingType } from "@/generated/prisma/enums";

export type { MeetingType };

/** The glossary term that holds a meeting type's agreed name in seven languages. */
export const meetingTermKey = (type: MeetingType) => `meeting-${type}`;

/**
 * "2nd Leaders' Meeting", "第2次领导人会议", "การประชุมผู้นำ ครั้งที่ 2" … The type's name comes from the
 * glossary (`typeNames`); the UI's own wording stands in where a database has no such term yet.
 */
export function meetingName(
  t: TFunction<"common">,
  meeting: { type: MeetingType; number: number },
  typeNames: Partial<Record<MeetingType, string>> = {},
): string {
  return t("meeting.name", {
    count: meeting.number,
    ordinal: true,
    type: typeNames[meeting.type] ?? t(`meeting.type.${meeting.type}`),
  });
}

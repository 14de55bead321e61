import type { TFunction } from "i18next";

/** "2nd Leaders' Meeting", "第2次领导人会议", "การประชุมผู้นำ ครั้งที่ 2" … */
export function meetingName(t: TFunction<"common">, meeting: { type: "LM" | "FMM" | "SOM"; number: number }): string {
  return t("meeting.name", { count: meeting.number, ordinal: true, type: t(`meeting.type.${meeting.type}`) });
}

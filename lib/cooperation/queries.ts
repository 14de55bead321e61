import "server-only";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { MeetingType as MeetingTypes, type MeetingFormat } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db/client";
import { localize, textOf, type LocalizedText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/settings";
import { meetingTermKey, type MeetingType } from "./meeting-name";

export type PillarView = { slug: string; name: LocalizedText; description: LocalizedText };

export const getPillars = cache(async (lng: Locale): Promise<PillarView[]> => {
  const rows = await getDb().pillar.findMany({
    orderBy: { position: "asc" },
    select: { slug: true, name: textOf(lng), description: textOf(lng) },
  });
  return rows.map((row) => ({
    slug: row.slug,
    name: localize(row.name, lng),
    description: localize(row.description, lng),
  }));
});

export type AreaView = {
  slug: string;
  isCore: boolean;
  name: LocalizedText;
  description: LocalizedText | null;
  pillar: { slug: string; name: LocalizedText };
};

const areaSelect = (lng: Locale) =>
  ({
    slug: true,
    isCore: true,
    name: textOf(lng),
    description: textOf(lng),
    pillar: { select: { slug: true, name: textOf(lng) } },
  }) as const;

type AreaRow = Prisma.PriorityAreaGetPayload<{ select: ReturnType<typeof areaSelect> }>;

function toAreaView(row: AreaRow, lng: Locale): AreaView {
  return {
    slug: row.slug,
    isCore: row.isCore,
    name: localize(row.name, lng),
    description: row.description && localize(row.description, lng),
    pillar: { slug: row.pillar.slug, name: localize(row.pillar.name, lng) },
  };
}

export const getPriorityAreas = cache(async (lng: Locale): Promise<AreaView[]> => {
  const rows = await getDb().priorityArea.findMany({ orderBy: { position: "asc" }, select: areaSelect(lng) });
  return rows.map((row) => toAreaView(row, lng));
});

export type AreaDetail = AreaView & {
  workingGroups: { slug: string; name: LocalizedText }[];
  sectionIds: string[];
};

export const getPriorityArea = cache(
  async (slug: string, planId: string | null, lng: Locale): Promise<AreaDetail | null> => {
    const row = await getDb().priorityArea.findUnique({
      where: { slug },
      select: {
        ...areaSelect(lng),
        workingGroups: { orderBy: { position: "asc" }, select: { slug: true, name: textOf(lng) } },
        sections: { where: { planId: planId ?? undefined }, select: { id: true } },
      },
    });
    if (!row) return null;
    return {
      ...toAreaView(row, lng),
      workingGroups: row.workingGroups.map((group) => ({
        slug: group.slug,
        name: localize(group.name, lng),
      })),
      sectionIds: planId ? row.sections.map((section) => section.id) : [],
    };
  },
);

export type MeetingView = {
  type: MeetingType;
  number: number;
  startsOn: Date;
  format: MeetingFormat;
  venue: LocalizedText;
  coChairs: LocalizedText;
  theme: LocalizedText | null;
  outcomes: LocalizedText | null;
  sourceUrls: string[];
};

export const getMeetings = cache(async (lng: Locale): Promise<MeetingView[]> => {
  const rows = await getDb().meeting.findMany({
    orderBy: [{ startsOn: "desc" }],
    select: {
      type: true,
      number: true,
      startsOn: true,
      format: true,
      sourceUrls: true,
      venue: textOf(lng),
      coChairs: textOf(lng),
      theme: textOf(lng),
      outcomes: textOf(lng),
    },
  });
  return rows.map((row) => ({
    type: row.type,
    number: row.number,
    startsOn: row.startsOn,
    format: row.format,
    sourceUrls: row.sourceUrls,
    venue: localize(row.venue, lng),
    coChairs: localize(row.coChairs, lng),
    theme: row.theme && localize(row.theme, lng),
    outcomes: row.outcomes && localize(row.outcomes, lng),
  }));
});

/** The meeting types' names from the glossary, in the reader's language (fallback chain applies). */
export const getMeetingTypeNames = cache(
  async (lng: Locale): Promise<Partial<Record<MeetingType, string>>> => {
    const types = Object.values(MeetingTypes);
    const rows = await getDb().term.findMany({
      where: { key: { in: types.map(meetingTermKey) } },
      select: { key: true, text: textOf(lng) },
    });
    return Object.fromEntries(
      types.flatMap((type) => {
        const row = rows.find((candidate) => candidate.key === meetingTermKey(type));
        return row ? [[type, localize(row.text, lng).value]] : [];
      }),
    );
  },
);

/** A fixed name from the glossary, e.g. the cooperation's name as readers of `lng` know it. */
export const getTerm = cache(async (key: string, lng: Locale): Promise<LocalizedText | null> => {
  const row = await getDb().term.findUnique({ where: { key }, select: { text: textOf(lng) } });
  return row && localize(row.text, lng);
});

export type CountryView = { code: string; name: LocalizedText };

export const getCountries = cache(async (lng: Locale): Promise<CountryView[]> => {
  const rows = await getDb().country.findMany({
    orderBy: { position: "asc" },
    select: { code: true, name: textOf(lng) },
  });
  return rows.map((row) => ({ code: row.code, name: localize(row.name, lng) }));
});

// Countries, the cooperation's names, pillars, priority areas, working groups and meetings.
import type { Prisma } from "../../generated/prisma/client";
import type { Locale } from "../../generated/prisma/enums";
import { pillars, priorityAreas, workingGroups } from "./data/cooperation";
import { meetingTypes } from "./data/meeting-types";
import { primaryVariant, readMeetings, readNames, type ObservedNames } from "./reference-csv";
import { meetingTermKey } from "../../lib/cooperation/meeting-name";
import { TextBatch, type SeedText } from "./texts";

const COUNTRIES: { code: string; item: string; nationalLocale: Locale }[] = [
  { code: "KH", item: "country_cambodia", nationalLocale: "km" },
  { code: "CN", item: "country_china", nationalLocale: "zh" },
  { code: "LA", item: "country_laos", nationalLocale: "lo" },
  { code: "MM", item: "country_myanmar", nationalLocale: "my" },
  { code: "TH", item: "country_thailand", nationalLocale: "th" },
  { code: "VN", item: "country_vietnam", nationalLocale: "vi" },
];

/**
 * Glossary terms and the row of the names table they come from. `cooperation-name` is the form
 * each language's own readers meet in their national media (Mekong-first in km, lo, my, th, vi);
 * `cooperation-name-lancang-first` is the form used by Chinese-side publications.
 */
const TERMS: { key: string; item: string; primaryOnly: boolean }[] = [
  { key: "cooperation-name", item: "cooperation_name_native_usage", primaryOnly: true },
  {
    key: "cooperation-name-lancang-first",
    item: "cooperation_name_china_side_translations",
    primaryOnly: false,
  },
  { key: "cooperation-abbreviation", item: "abbreviation", primaryOnly: false },
  { key: "special-fund", item: "special_fund", primaryOnly: false },
  { key: "river", item: "river", primaryOnly: false },
];

/** Names observed in each language's own sources count as reviewed wording. */
function observed(values: ObservedNames, primaryOnly: boolean): SeedText {
  const cleaned = Object.fromEntries(
    Object.entries(values).map(([locale, value]) => [locale, primaryOnly ? primaryVariant(value) : value]),
  ) as ObservedNames;
  const reviewed = (Object.keys(cleaned) as Locale[]).filter((locale) => locale !== "en");
  return { source: "en", reviewed, values: cleaned };
}

function namesRow(names: Map<string, ObservedNames>, item: string): ObservedNames {
  const row = names.get(item);
  if (!row) throw new Error(`names-in-seven-languages.csv has no row "${item}"`);
  return row;
}

export async function seedReference(db: Prisma.TransactionClient): Promise<void> {
  const names = readNames();
  const texts = new TextBatch();

  const countries = COUNTRIES.map((country, index) => ({
    code: country.code,
    position: index + 1,
    nationalLocale: country.nationalLocale,
    nameId: texts.add(observed(namesRow(names, country.item), true)),
  }));
  const terms = [
    ...TERMS.map((term) => ({
      key: term.key,
      textId: texts.add(observed(namesRow(names, term.item), term.primaryOnly)),
    })),
    ...meetingTypes.map((meeting) => ({
      key: meetingTermKey(meeting.type),
      textId: texts.add(meeting.name),
    })),
  ];
  const pillarRows = pillars.map((pillar, index) => ({
    id: crypto.randomUUID(),
    slug: pillar.slug,
    position: index + 1,
    nameId: texts.add(pillar.name),
    descriptionId: texts.add(pillar.description),
  }));
  const pillarId = new Map(pillarRows.map((row) => [row.slug, row.id]));
  const areaRows = priorityAreas.map((area, index) => ({
    id: crypto.randomUUID(),
    slug: area.slug,
    position: index + 1,
    isCore: area.isCore,
    pillarId: pillarId.get(area.pillar)!,
    nameId: texts.add(area.name),
    descriptionId: area.description ? texts.add(area.description) : null,
  }));
  const areaId = new Map(areaRows.map((row) => [row.slug, row.id]));
  const groupRows = workingGroups.map((group, index) => ({
    slug: group.slug,
    position: index + 1,
    kind: group.kind,
    priorityAreaId: group.area ? areaId.get(group.area)! : null,
    nameId: texts.add(group.name),
  }));
  const meetingRows = readMeetings().map((meeting) => ({
    type: meeting.type,
    number: meeting.number,
    startsOn: meeting.startsOn,
    format: meeting.format,
    sourceUrls: meeting.sourceUrls,
    venueId: texts.add({ source: "en", values: { en: meeting.venue } }),
    coChairsId: texts.add({ source: "en", values: { en: meeting.coChairs } }),
    themeId: meeting.theme ? texts.add({ source: "en", values: { en: meeting.theme } }) : null,
    outcomesId: meeting.outcomes ? texts.add({ source: "en", values: { en: meeting.outcomes } }) : null,
  }));

  await texts.insert(db);
  await db.country.createMany({ data: countries });
  await db.term.createMany({ data: terms });
  await db.pillar.createMany({ data: pillarRows });
  await db.priorityArea.createMany({ data: areaRows });
  await db.workingGroup.createMany({ data: groupRows });
  await db.meeting.createMany({ data: meetingRows });
}

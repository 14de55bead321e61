import "server-only";
import { translatableLocales, type Actor } from "@/lib/auth/permissions";
import { getCountries, getPillars, getPriorityAreas } from "@/lib/cooperation/queries";
import { localeOptions, locales, type Locale } from "@/lib/i18n/settings";
import { headingNumber } from "@/lib/plan/numbering";
import { getFeaturedPlan, getParagraphs, getPlanOutline } from "@/lib/plan/queries";
import { dateToDay } from "@/lib/validation/primitives";
import type { getProjectForEdit, getUpdateForEdit } from "./queries";
import type { ProjectFormValues, UpdateFormValues } from "./schemas";

type Option = { value: string; label: string };
type LocaleOption = { value: Locale; label: string };

export type ProjectFormOptions = {
  /** The languages the editor may write this project's texts in (its source, and their translation rights). */
  locales: LocaleOption[];
  pillars: Option[];
  areas: Option[];
  countries: { code: string; name: string }[];
  leadCountries: string[];
  paragraphGroups: { number: string; title: string; items: { citation: string; text: string }[] }[];
};

const day = (value: Date | null) => (value ? dateToDay(value) : "");
const shorten = (text: string) => (text.length > 110 ? `${text.slice(0, 107)}…` : text);

/**
 * The languages a text may be written in by `actor`: any, for a new text (it becomes the source);
 * for an existing one its source language and those the actor translates (ADR 16).
 */
export function writableLocales(actor: Actor, sourceLocale: Locale | null): LocaleOption[] {
  const allowed = sourceLocale ? [sourceLocale, ...translatableLocales(actor, locales)] : locales;
  return localeOptions.filter((option) => allowed.includes(option.value));
}

/** The choices of the project form, in the editor's language; secretariats may lead only for their country. */
export async function projectFormOptions(
  lng: Locale,
  actor: Actor,
  sourceLocale: Locale | null,
): Promise<ProjectFormOptions> {
  const [pillars, areas, countries, plan] = await Promise.all([
    getPillars(lng),
    getPriorityAreas(lng),
    getCountries(lng),
    getFeaturedPlan(lng),
  ]);
  const [outline, paragraphs] = plan
    ? await Promise.all([getPlanOutline(plan.id, lng), getParagraphs(plan.id, "all", lng)])
    : [[], []];
  return {
    locales: writableLocales(actor, sourceLocale),
    pillars: pillars.map((pillar) => ({ value: pillar.slug, label: pillar.name.value })),
    areas: areas.map((area) => ({ value: area.slug, label: area.name.value })),
    countries: countries.map((country) => ({ code: country.code, name: country.name.value })),
    leadCountries:
      actor.role === "admin"
        ? countries.map((country) => country.code)
        : actor.countryCode
          ? [actor.countryCode]
          : [],
    paragraphGroups: outline
      .map((section) => ({
        number: headingNumber(section.number, lng),
        title: section.title.value,
        items: paragraphs
          .filter((paragraph) => paragraph.sectionId === section.id && !paragraph.retired)
          .map((paragraph) => ({ citation: paragraph.citation, text: shorten(paragraph.body.value) })),
      }))
      .filter((group) => group.items.length > 0),
  };
}

export function newProjectState(lng: Locale, actor: Actor): ProjectFormValues {
  const country = actor.countryCode ?? "CN";
  return {
    locale: lng,
    title: "",
    summary: "",
    pillar: "economic-sustainable-development",
    areas: [],
    paragraphs: [],
    leadCountryCode: country,
    countries: [country],
    implementingAgencies: "",
    funding: [{ source: "lmc_special_fund", currency: "USD", amount: "", disbursed: "" }],
    approvalYear: String(new Date().getUTCFullYear()),
    batch: "",
    plannedStart: "",
    plannedEnd: "",
    actualStart: "",
    actualEnd: "",
    status: "proposed",
    progress: "0",
    sdgTargets: "",
    locations: [],
    contactName: "",
    contactEmail: "",
    published: false,
  };
}

type Wordings = { translations: { locale: string; value: string }[] };
const wordingIn = (text: Wordings | null, locale: Locale) =>
  text?.translations.find((translation) => translation.locale === locale)?.value ?? "";

/** The form in the editor's language when they may write it, else in the project's source language. */
export function projectEditState(
  project: NonNullable<Awaited<ReturnType<typeof getProjectForEdit>>>,
  locale: Locale,
): ProjectFormValues {
  return {
    locale,
    title: wordingIn(project.title, locale),
    summary: wordingIn(project.summary, locale),
    pillar: project.pillar.slug,
    areas: project.areas.map((area) => area.priorityArea.slug),
    paragraphs: project.paragraphs.map((link) => link.paragraph.citation),
    leadCountryCode: project.leadCountryCode,
    countries: project.countries.map((country) => country.countryCode),
    implementingAgencies: project.implementingAgencies,
    funding: project.funding.map((line) => ({
      source: line.source,
      currency: line.currency,
      amount: line.amount.toString(),
      disbursed: line.disbursed?.toString() ?? "",
    })),
    approvalYear: String(project.approvalYear),
    batch: project.batch ? String(project.batch) : "",
    plannedStart: day(project.plannedStart),
    plannedEnd: day(project.plannedEnd),
    actualStart: day(project.actualStart),
    actualEnd: day(project.actualEnd),
    status: project.status,
    progress: String(project.progress),
    sdgTargets: project.sdgTargets.join(", "),
    locations: project.locations.map((location) => ({
      countryCode: location.countryCode,
      province: location.province,
      latitude: location.latitude?.toString() ?? "",
      longitude: location.longitude?.toString() ?? "",
    })),
    contactName: project.contactName,
    contactEmail: project.contactEmail,
    published: project.published,
  };
}

export function newUpdateState(
  lng: Locale,
  project: { status: UpdateFormValues["status"]; progress: number },
): UpdateFormValues {
  const today = dateToDay(new Date());
  return {
    locale: lng,
    reportedOn: today,
    periodYear: today.slice(0, 4),
    status: project.status,
    progress: String(project.progress),
    narrative: "",
    milestones: "",
    issues: "",
    evidenceLinks: "",
  };
}

export function updateEditState(
  update: NonNullable<Awaited<ReturnType<typeof getUpdateForEdit>>>,
  locale: Locale,
): UpdateFormValues {
  return {
    locale,
    reportedOn: dateToDay(update.reportedOn),
    periodYear: String(update.periodYear),
    status: update.status,
    progress: String(update.progress),
    narrative: wordingIn(update.narrative, locale),
    milestones: wordingIn(update.milestones, locale),
    issues: wordingIn(update.issues, locale),
    evidenceLinks: update.evidenceLinks.join("\n"),
  };
}

/** The language a form opens in: the reader's, when the editor may write the text in it, else its original's. */
export function formLocale(actor: Actor, sourceLocale: Locale, lng: Locale): Locale {
  return writableLocales(actor, sourceLocale).some((option) => option.value === lng) ? lng : sourceLocale;
}

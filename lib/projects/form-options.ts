import "server-only";
import type { ProjectFormOptions, ProjectFormState } from "@/components/projects/project-form";
import type { UpdateFormState } from "@/components/projects/update-form";
import type { Actor } from "@/lib/auth/permissions";
import { getCountries, getPillars, getPriorityAreas } from "@/lib/cooperation/queries";
import { localeOptions, type Locale } from "@/lib/i18n/settings";
import { headingNumber } from "@/lib/plan/numbering";
import { getFeaturedPlan, getParagraphs, getPlanOutline } from "@/lib/plan/queries";
import type { getProjectForEdit } from "./queries";

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : "");
const shorten = (text: string) => (text.length > 110 ? `${text.slice(0, 107)}…` : text);

/** The choices of the project form, in the editor's language; secretariats may lead only for their country. */
export async function projectFormOptions(lng: Locale, actor: Actor): Promise<ProjectFormOptions> {
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
    locales: localeOptions,
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

export function newProjectState(lng: Locale, actor: Actor): ProjectFormState {
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

export function projectEditState(
  project: NonNullable<Awaited<ReturnType<typeof getProjectForEdit>>>,
  lng: Locale,
): ProjectFormState {
  const wording = (text: { translations: { locale: string; value: string }[] }) =>
    text.translations.find((translation) => translation.locale === lng)?.value ?? "";
  return {
    locale: lng,
    title: wording(project.title),
    summary: wording(project.summary),
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

export function newUpdateState(lng: Locale, project: { status: string; progress: number }): UpdateFormState {
  const today = new Date().toISOString().slice(0, 10);
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

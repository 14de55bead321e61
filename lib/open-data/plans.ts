import "server-only";
import { getDb } from "@/lib/db/client";
import type { Answer } from "@/lib/http/api-route";
import type { Locale } from "@/lib/i18n/settings";
import { inReadingOrder } from "@/lib/plan/outline";
import { routes } from "@/lib/routes";
import { dateToDay } from "@/lib/validation/primitives";
import { apiUrl, pageUrl } from "./links";
import { list } from "./reference";
import { apiText, textCell, textFor, type ApiLang } from "./text";

// The plans the public may read (in force or ended, never drafts), their sections and their
// commitment paragraphs. The portal's pages show the plan it leads with (the latest one whose text
// it holds): only that plan's sections and paragraphs link to a page.

const PUBLIC_PLANS = { status: { not: "draft" } } as const;

const pageLocale = (lang: ApiLang): Locale => (lang === "all" ? "en" : lang);

/** The slug of the plan the pages show (lib/plan/queries.ts getFeaturedPlan chooses it the same way). */
async function featuredSlug(): Promise<string | null> {
  const plan = await getDb().plan.findFirst({
    orderBy: { startYear: "desc" },
    where: { ...PUBLIC_PLANS, sections: { some: {} } },
    select: { slug: true },
  });
  return plan?.slug ?? null;
}

export async function planList({ lang }: { lang: ApiLang }): Promise<Answer> {
  const [rows, featured] = await Promise.all([
    getDb().plan.findMany({
      where: PUBLIC_PLANS,
      orderBy: { startYear: "desc" },
      select: {
        slug: true,
        startYear: true,
        endYear: true,
        status: true,
        adoptedOn: true,
        title: textFor(lang),
        summary: textFor(lang),
        adoptedAt: { select: { type: true, number: true } },
        phases: {
          orderBy: { position: "asc" },
          select: { startYear: true, endYear: true, name: textFor(lang), description: textFor(lang) },
        },
      },
    }),
    featuredSlug(),
  ]);
  const query = lang === "en" ? {} : { lang };
  const data = rows.map((row) => ({
    slug: row.slug,
    title: apiText(row.title, lang),
    summary: apiText(row.summary, lang),
    startYear: row.startYear,
    endYear: row.endYear,
    // Drafts never leave (PUBLIC_PLANS); the type says so too.
    status: row.status === "ended" ? ("ended" as const) : ("in_force" as const),
    adoptedOn: row.adoptedOn && dateToDay(row.adoptedOn),
    adoptedAt: row.adoptedAt,
    phases: row.phases.map((phase) => ({
      startYear: phase.startYear,
      endYear: phase.endYear,
      name: apiText(phase.name, lang),
      description: apiText(phase.description, lang),
    })),
    links: {
      sections: apiUrl(`/plans/${row.slug}/sections`, query),
      paragraphs: apiUrl(`/plans/${row.slug}/paragraphs`, query),
      page: row.slug === featured ? pageUrl(routes.plan(pageLocale(lang))) : null,
    },
  }));
  return list("/plans", lang, data, [
    ["slug", (p) => p.slug],
    ["title", (p) => textCell(p.title)],
    ["summary", (p) => textCell(p.summary)],
    ["startYear", (p) => p.startYear],
    ["endYear", (p) => p.endYear],
    ["status", (p) => p.status],
    ["adoptedOn", (p) => p.adoptedOn],
    ["adoptedAt", (p) => (p.adoptedAt ? `${p.adoptedAt.type} ${p.adoptedAt.number}` : null)],
    ["phases", (p) => p.phases.map((ph) => `${ph.startYear}-${ph.endYear}: ${textCell(ph.name)}`).join("; ")],
    ["links.sections", (p) => p.links.sections],
    ["links.paragraphs", (p) => p.links.paragraphs],
    ["links.page", (p) => p.links.page],
  ]);
}

/** A public plan's sections in reading order (each chapter followed by its sections), or null. */
async function planSections(slug: string, lang: ApiLang) {
  const db = getDb();
  const plan = await db.plan.findFirst({ where: { slug, ...PUBLIC_PLANS }, select: { id: true } });
  if (!plan) return null;
  const [rows, featured] = await Promise.all([
    db.section.findMany({
      where: { planId: plan.id },
      orderBy: { position: "asc" },
      select: {
        id: true,
        parentId: true,
        number: true,
        level: true,
        retiredAt: true,
        title: textFor(lang),
        pillar: { select: { slug: true } },
        priorityArea: { select: { slug: true } },
        paragraphs: { orderBy: { position: "asc" }, select: { citation: true } },
      },
    }),
    featuredSlug(),
  ]);
  return { planId: plan.id, sections: inReadingOrder(rows), shown: slug === featured };
}

export async function sectionList(
  { lang }: { lang: ApiLang },
  { slug }: { slug: string },
): Promise<Answer | null> {
  const plan = await planSections(slug, lang);
  if (!plan) return null;
  const numbers = new Map(plan.sections.map((section) => [section.id, section.number]));
  const data = plan.sections.map((section) => ({
    number: section.number,
    level: section.level,
    parent: section.parentId ? (numbers.get(section.parentId) ?? null) : null,
    title: apiText(section.title, lang),
    retired: section.retiredAt !== null,
    pillar: section.pillar?.slug ?? null,
    priorityArea: section.priorityArea?.slug ?? null,
    paragraphs: section.paragraphs.map((paragraph) => paragraph.citation),
    links: { page: plan.shown ? pageUrl(routes.section(pageLocale(lang), section.number)) : null },
  }));
  return list(`/plans/${slug}/sections`, lang, data, [
    ["number", (s) => s.number],
    ["level", (s) => s.level],
    ["parent", (s) => s.parent],
    ["title", (s) => textCell(s.title)],
    ["retired", (s) => String(s.retired)],
    ["pillar", (s) => s.pillar],
    ["priorityArea", (s) => s.priorityArea],
    ["paragraphs", (s) => s.paragraphs.join("; ")],
    ["links.page", (s) => s.links.page],
  ]);
}

/** A public plan's commitment paragraphs in reading order, or null. */
export async function paragraphList(
  { lang }: { lang: ApiLang },
  { slug }: { slug: string },
): Promise<Answer | null> {
  const plan = await planSections(slug, lang);
  if (!plan) return null;
  const rows = await getDb().paragraph.findMany({
    where: { planId: plan.planId },
    select: { citation: true, sectionId: true, position: true, retiredAt: true, body: textFor(lang) },
  });
  const order = new Map(plan.sections.map((section, index) => [section.id, index]));
  const numbers = new Map(plan.sections.map((section) => [section.id, section.number]));
  rows.sort((a, b) => order.get(a.sectionId)! - order.get(b.sectionId)! || a.position - b.position);
  const data = rows.map((row) => {
    const section = numbers.get(row.sectionId)!;
    return {
      citation: row.citation,
      section,
      retired: row.retiredAt !== null,
      text: apiText(row.body, lang),
      links: {
        page: plan.shown ? pageUrl(routes.paragraph(pageLocale(lang), section, row.citation)) : null,
        projects: apiUrl("/projects", { paragraph: row.citation, ...(lang === "en" ? {} : { lang }) }),
      },
    };
  });
  return list(`/plans/${slug}/paragraphs`, lang, data, [
    ["citation", (p) => p.citation],
    ["section", (p) => p.section],
    ["retired", (p) => String(p.retired)],
    ["text", (p) => textCell(p.text)],
    ["links.page", (p) => p.links.page],
    ["links.projects", (p) => p.links.projects],
  ]);
}

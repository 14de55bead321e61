import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { localize, textOf, type LocalizedText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/settings";
import { defineRead, type Viewer } from "@/lib/reads/define";
import { PROJECT_CODE } from "@/lib/validation/primitives";
import { PROJECTS_PER_PAGE, type ProjectFilter } from "./filters";
import { projectSearch } from "./search";
import type { ProjectStatus } from "./status";
import { visibleProjects } from "./visibility";

/** The projects of a list: those `viewer` may see, narrowed by the list's filters (the search aside). */
export function projectWhere(viewer: Viewer, filter: ProjectFilter): Prisma.ProjectWhereInput {
  return {
    ...visibleProjects(viewer),
    ...(filter.country ? { countries: { some: { countryCode: filter.country } } } : {}),
    ...(filter.pillar ? { pillar: { slug: filter.pillar } } : {}),
    ...(filter.area ? { areas: { some: { priorityArea: { slug: filter.area } } } } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.year ? { approvalYear: filter.year } : {}),
    ...(filter.funding ? { funding: { some: { source: filter.funding } } } : {}),
    ...(filter.paragraph ? { paragraphs: { some: { paragraph: { citation: filter.paragraph } } } } : {}),
    ...(filter.section
      ? {
          paragraphs: {
            some: {
              paragraph: {
                section: {
                  OR: [{ number: filter.section }, { number: { startsWith: `${filter.section}.` } }],
                },
              },
            },
          },
        }
      : {}),
  };
}

const ORDER: Record<ProjectFilter["sort"], Prisma.ProjectOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { code: "asc" }],
  code: [{ code: "asc" }],
  progress: [{ progress: "desc" }, { code: "asc" }],
  year: [{ approvalYear: "desc" }, { code: "asc" }],
};

export type ProjectListItem = {
  code: string;
  title: LocalizedText;
  status: ProjectStatus;
  progress: number;
  leadCountryCode: string;
  approvalYear: number;
  published: boolean;
  isDemo: boolean;
  /** How it matched the list's search (null: no search). */
  match: SearchMatch | null;
};

/** How a listed project matched a search: ranked in this order. */
export type SearchMatch = "title" | "text" | "named";

type ListRow = Omit<ProjectListItem, "title" | "match"> & { title: Parameters<typeof localize>[0] };

const LIST_SELECT = (lng: Locale) =>
  ({
    code: true,
    status: true,
    progress: true,
    leadCountryCode: true,
    approvalYear: true,
    published: true,
    isDemo: true,
    title: textOf(lng),
  }) satisfies Prisma.ProjectSelect;

/**
 * A page of the project list: published projects for the public, every project for staff. With a
 * search, the list is ranked: matches in a title, then elsewhere in the texts, then projects tagged
 * with what the query names; each rank in the list's order.
 */
export const listProjects = defineRead(
  "projects.list",
  "public",
  async (viewer, filter: ProjectFilter, lng: Locale) => {
    const where = projectWhere(viewer, filter);
    const search = await projectSearch(filter.q);
    const ranks: { match: SearchMatch | null; where: Prisma.ProjectWhereInput }[] = search
      ? [
          { match: "title", where: { AND: [where, search.inTitle] } },
          { match: "text", where: { AND: [where, search.direct, { NOT: search.inTitle }] } },
          ...(search.named
            ? [{ match: "named" as const, where: { AND: [where, search.named, { NOT: search.direct }] } }]
            : []),
        ]
      : [{ match: null, where }];
    const db = getDb();
    const counts = await Promise.all(ranks.map((rank) => db.project.count({ where: rank.where })));
    let skip = (filter.page - 1) * PROJECTS_PER_PAGE;
    let take = PROJECTS_PER_PAGE;
    const items: ProjectListItem[] = [];
    for (const [index, rank] of ranks.entries()) {
      if (take === 0) break;
      if (skip >= counts[index]!) {
        skip -= counts[index]!;
        continue;
      }
      const rows: ListRow[] = await db.project.findMany({
        where: rank.where,
        orderBy: ORDER[filter.sort],
        skip,
        take,
        // Joined titles would be built for every skipped row of a deep page; separate queries fetch
        // the titles of the 25 shown projects only.
        relationLoadStrategy: "query",
        select: LIST_SELECT(lng),
      });
      items.push(
        ...rows.map(({ title, ...row }) => ({ ...row, title: localize(title, lng), match: rank.match })),
      );
      take -= rows.length;
      skip = 0;
    }
    const total = counts.reduce((sum, count) => sum + count, 0);
    return { total, items, terms: search?.terms ?? [] };
  },
);

/** A project with its timeline, if `viewer` may see it. Once per request: the page and its metadata share it. */
export const getProjectPage = defineRead(
  "projects.page",
  "public",
  async (viewer, code: string, lng: Locale) => {
    if (!PROJECT_CODE.test(code)) return null;
    const project = await getDb().project.findFirst({
      where: { AND: [{ code }, visibleProjects(viewer)] },
      include: {
        title: textOf(lng),
        summary: textOf(lng),
        pillar: { select: { slug: true, name: textOf(lng) } },
        areas: { select: { priorityArea: { select: { slug: true, name: textOf(lng) } } } },
        paragraphs: {
          orderBy: { paragraph: { citation: "asc" } },
          select: {
            paragraph: {
              select: { citation: true, section: { select: { number: true } }, body: textOf(lng) },
            },
          },
        },
        countries: { select: { countryCode: true } },
        funding: { orderBy: { position: "asc" } },
        locations: { orderBy: { position: "asc" } },
        updates: {
          orderBy: [{ reportedOn: "desc" }, { createdAt: "desc" }],
          include: {
            narrative: textOf(lng),
            milestones: textOf(lng),
            issues: textOf(lng),
            author: { select: { name: true } },
            attachments: {
              orderBy: { createdAt: "asc" },
              select: { id: true, fileName: true, size: true, mediaType: true },
            },
          },
        },
      },
    });
    if (!project) return null;
    return {
      ...project,
      title: localize(project.title, lng),
      summary: localize(project.summary, lng),
      pillar: { slug: project.pillar.slug, name: localize(project.pillar.name, lng) },
      areas: project.areas.map(({ priorityArea }) => ({
        slug: priorityArea.slug,
        name: localize(priorityArea.name, lng),
      })),
      paragraphs: project.paragraphs.map(({ paragraph }) => ({
        citation: paragraph.citation,
        sectionNumber: paragraph.section.number,
        body: localize(paragraph.body, lng),
      })),
      updates: project.updates.map((update) => ({
        ...update,
        narrative: localize(update.narrative, lng),
        milestones: update.milestones && localize(update.milestones, lng),
        issues: update.issues && localize(update.issues, lng),
      })),
    };
  },
  { perRequest: true },
);

export type ProjectPage = NonNullable<Awaited<ReturnType<typeof getProjectPage>>>;

/**
 * For the edit forms: the project's values in the editor's language, and its version. Staff see every
 * project; whether they may change it is the mutation's (and the page's) question.
 */
export const getProjectForEdit = defineRead(
  "projects.forEdit",
  "staff.read",
  async (_viewer, code: string, lng: Locale) => {
    if (!PROJECT_CODE.test(code)) return null;
    return getDb().project.findUnique({
      where: { code },
      include: {
        title: textOf(lng),
        summary: textOf(lng),
        pillar: { select: { slug: true } },
        areas: { select: { priorityArea: { select: { slug: true } } } },
        paragraphs: { select: { paragraph: { select: { citation: true } } } },
        countries: { select: { countryCode: true } },
        funding: { orderBy: { position: "asc" } },
        locations: { orderBy: { position: "asc" } },
        // Its latest status update sets its status and progress (the progress rule).
        updates: {
          take: 1,
          orderBy: [{ reportedOn: "desc" }, { createdAt: "desc" }],
          select: { reportedOn: true },
        },
      },
    });
  },
);

/** For the status-update edit form: the update in the editor's language, its version and its project's country. */
export const getUpdateForEdit = defineRead(
  "updates.forEdit",
  "staff.read",
  async (_viewer, code: string, id: string, lng: Locale) => {
    if (!PROJECT_CODE.test(code) || !z.uuid().safeParse(id).success) return null;
    return getDb().statusUpdate.findFirst({
      where: { id, project: { code } },
      include: {
        project: { select: { leadCountryCode: true } },
        narrative: textOf(lng),
        milestones: textOf(lng),
        issues: textOf(lng),
      },
    });
  },
);

/** The code and last change of every project `viewer` may see, for the sitemap. */
export const listProjectCodes = defineRead("projects.codes", "public", async (viewer) =>
  getDb().project.findMany({
    where: visibleProjects(viewer),
    orderBy: { code: "asc" },
    select: { code: true, updatedAt: true },
  }),
);

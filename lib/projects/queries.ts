import "server-only";
import { cache } from "react";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { localize, textOf, type LocalizedText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/settings";
import { FUNDING_SOURCES, PROJECT_STATUSES, type ProjectStatus } from "./status";

export const PROJECTS_PER_PAGE = 25;
export const PROJECT_SORTS = ["updated", "code", "progress", "year"] as const;

/** The list's filters live in the address bar; anything malformed is ignored, never an error. */
export const projectFilterSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  pillar: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
  area: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
  status: z.enum(PROJECT_STATUSES).optional().catch(undefined),
  year: z.coerce.number().int().min(2016).max(2100).optional().catch(undefined),
  funding: z.enum(FUNDING_SOURCES).optional().catch(undefined),
  paragraph: z
    .string()
    .regex(/^\d+(\.\d+){0,2}-\d+$/)
    .optional()
    .catch(undefined),
  section: z
    .string()
    .regex(/^\d+(\.\d+){0,2}$/)
    .optional()
    .catch(undefined),
  sort: z.enum(PROJECT_SORTS).catch("updated"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type ProjectFilter = z.infer<typeof projectFilterSchema>;

export function projectWhere(filter: ProjectFilter, includeUnpublished: boolean): Prisma.ProjectWhereInput {
  return {
    ...(includeUnpublished ? {} : { published: true }),
    // Lower-cased substring search over the trigram-indexed text: works for every script.
    ...(filter.q ? { searchText: { contains: filter.q.toLowerCase() } } : {}),
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
};

export async function listProjects(filter: ProjectFilter, lng: Locale, includeUnpublished: boolean) {
  const where = projectWhere(filter, includeUnpublished);
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.project.count({ where }),
    db.project.findMany({
      where,
      orderBy: ORDER[filter.sort],
      skip: (filter.page - 1) * PROJECTS_PER_PAGE,
      take: PROJECTS_PER_PAGE,
      // Joined titles would be built for every skipped row of a deep page; separate queries fetch
      // the titles of the 25 shown projects only.
      relationLoadStrategy: "query",
      select: {
        code: true,
        status: true,
        progress: true,
        leadCountryCode: true,
        approvalYear: true,
        published: true,
        isDemo: true,
        title: textOf(lng),
      },
    }),
  ]);
  const items: ProjectListItem[] = rows.map(({ title, ...row }) => ({ ...row, title: localize(title, lng) }));
  return { total, items };
}

/** Cached per request: the page and its metadata share one query. */
export const getProjectPage = cache(async (code: string, lng: Locale, includeUnpublished: boolean) => {
  if (!/^[A-Z0-9-]{3,40}$/.test(code)) return null;
  const project = await getDb().project.findUnique({
    where: { code, ...(includeUnpublished ? {} : { published: true }) },
    include: {
      title: textOf(lng),
      summary: textOf(lng),
      pillar: { select: { slug: true, name: textOf(lng) } },
      areas: { select: { priorityArea: { select: { slug: true, name: textOf(lng) } } } },
      paragraphs: {
        orderBy: { paragraph: { citation: "asc" } },
        select: {
          paragraph: { select: { citation: true, section: { select: { number: true } }, body: textOf(lng) } },
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
});

export type ProjectPage = NonNullable<Awaited<ReturnType<typeof getProjectPage>>>;

/** For the edit form: the project's values in the editor's language, and its version. */
export async function getProjectForEdit(code: string, lng: Locale) {
  if (!/^[A-Z0-9-]{3,40}$/.test(code)) return null;
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
    },
  });
}

import type { MetadataRoute } from "next";
import { getPriorityAreas } from "@/lib/cooperation/queries";
import { isLocale, locales, type Locale } from "@/lib/i18n/settings";
import { sectionSlug } from "@/lib/plan/numbering";
import { getFeaturedPlan, getPlanOutline } from "@/lib/plan/queries";
import { listProjectCodes } from "@/lib/projects/queries";
import { PUBLIC } from "@/lib/reads/define";
import { listEditions } from "@/lib/reports/edition-queries";
import { alternatesFor, publicOrigin } from "@/lib/seo/alternates";

// One sitemap per language (/sitemap/th.xml), each listing every public page in that language
// with its six other versions; robots.txt names all seven. Ten thousand projects stay far below
// the 50,000 addresses a sitemap may hold. Rendered on request (building needs no database);
// search engines fetch them rarely.
export const dynamic = "force-dynamic";

export function generateSitemaps() {
  return locales.map((id) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const requested = await id;
  const lng: Locale = isLocale(requested) ? requested : "en";
  const plan = await getFeaturedPlan(lng);
  const [outline, areas, projects, editions] = await Promise.all([
    plan ? getPlanOutline(plan.id, lng) : [],
    getPriorityAreas(lng),
    listProjectCodes(PUBLIC),
    listEditions(PUBLIC),
  ]);
  const pages: { path: string; lastModified?: Date }[] = [
    ...[
      "",
      "/plan",
      "/priority-areas",
      "/meetings",
      "/developers",
      "/projects",
      "/dashboard",
      "/reports",
      "/translation-status",
    ].map((path) => ({ path })),
    ...outline.map((section) => ({ path: `/plan/${sectionSlug(section.number)}` })),
    ...areas.map((area) => ({ path: `/priority-areas/${area.slug}` })),
    ...projects.map((project) => ({ path: `/projects/${project.code}`, lastModified: project.updatedAt })),
    ...editions.flatMap((edition) => [
      { path: `/reports/${edition.number}`, lastModified: edition.publishedAt ?? undefined },
      { path: `/reports/${edition.number}/briefing`, lastModified: edition.publishedAt ?? undefined },
    ]),
  ];
  const origin = publicOrigin().origin;
  const absolute = (path: string) => `${origin}${path}`;
  return pages.map(({ path, lastModified }) => {
    const alternates = alternatesFor(lng, path);
    return {
      url: absolute(`/${lng}${path}`),
      lastModified,
      alternates: {
        languages: Object.fromEntries(
          Object.entries(alternates.languages ?? {}).map(([tag, href]) => [tag, absolute(String(href))]),
        ),
      },
    };
  });
}

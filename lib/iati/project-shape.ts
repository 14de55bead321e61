// What the IATI file reads of a project: every wording of its texts (the file carries each reviewed
// locale), its funding, places, areas and public attachments. Shared by the query and the builder.
import type { Prisma } from "@/generated/prisma/client";

const allWordings = {
  select: { sourceLocale: true, translations: { select: { locale: true, value: true, status: true } } },
} as const;

export const iatiProjectSelect = {
  code: true,
  status: true,
  leadCountryCode: true,
  approvalYear: true,
  sdgTargets: true,
  implementingAgencies: true,
  plannedStart: true,
  plannedEnd: true,
  actualStart: true,
  actualEnd: true,
  updatedAt: true,
  title: allWordings,
  summary: allWordings,
  countries: { select: { countryCode: true } },
  areas: { select: { priorityArea: { select: { slug: true, position: true, name: allWordings } } } },
  funding: { orderBy: { position: "asc" } },
  locations: { orderBy: { position: "asc" } },
  updates: {
    orderBy: [{ reportedOn: "desc" }, { createdAt: "desc" }],
    select: {
      reportedOn: true,
      attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, mediaType: true } },
    },
  },
} satisfies Prisma.ProjectSelect;

export type IatiProject = Prisma.ProjectGetPayload<{ select: typeof iatiProjectSelect }>;

// Every address of the portal, built in one place: pages, links, redirects and tests call these, so
// a renamed or moved route is a type error, not a broken link. Pure: safe in the browser too.
import type { Locale } from "@/lib/i18n/settings";
import { paragraphAnchor, sectionSlug } from "@/lib/plan/numbering";

/** Query values: empty, undefined and null ones are left out, so filters read back as they were. */
export type Query = Record<string, string | number | null | undefined>;

/** `path` with `query` (in the order given) and an optional `#fragment`. */
export function withQuery(path: string, query: Query = {}, fragment?: string): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return `${path}${text ? `?${text}` : ""}${fragment ? `#${fragment}` : ""}`;
}

type L = Locale | string;

/**
 * Whether `path` is an address of this portal in `lng` (not another host, not a protocol-relative
 * or backslashed address): the only kind a sign-in may return to (no open redirect).
 */
export function isPortalPath(lng: L, path: string | null | undefined): path is string {
  return !!path && path.startsWith(`/${lng}/`) && !path.startsWith("//") && !path.includes("\\");
}

/** A reporting year's address part, e.g. /staff/reports/2022/TH. */
const staffReports = (lng: L) => `/${lng}/staff/reports`;
const translationDesk = (lng: L) => `/${lng}/staff/translations`;
const staffPlan = (lng: L) => `/${lng}/staff/plan`;

export const routes = {
  home: (lng: L) => `/${lng}`,
  plan: (lng: L) => `/${lng}/plan`,
  section: (lng: L, number: string, fragment?: string) =>
    withQuery(`/${lng}/plan/${sectionSlug(number)}`, {}, fragment),
  /** A commitment paragraph on its section's page: /en/plan/4-2-5#p-4.2.5-3. */
  paragraph: (lng: L, sectionNumber: string, citation: string) =>
    routes.section(lng, sectionNumber, paragraphAnchor(citation)),
  priorityAreas: (lng: L) => `/${lng}/priority-areas`,
  priorityArea: (lng: L, slug: string) => `/${lng}/priority-areas/${slug}`,
  meetings: (lng: L, fragment?: string) => withQuery(`/${lng}/meetings`, {}, fragment),
  projects: (lng: L, query?: Query) => withQuery(`/${lng}/projects`, query),
  project: (lng: L, code: string) => `/${lng}/projects/${code}`,
  projectsFile: (lng: L, format: "xlsx" | "csv", query?: Query) =>
    withQuery(`/${lng}/projects/export.${format}`, query),
  updatesFile: (lng: L, code: string, format: "xlsx" | "csv") => `/${lng}/projects/${code}/updates.${format}`,
  dashboard: (lng: L, query?: Query) => withQuery(`/${lng}/dashboard`, query),
  dashboardFile: (lng: L, format: "xlsx" | "csv", query?: Query) =>
    withQuery(`/${lng}/dashboard/figures.${format}`, query),
  reports: (lng: L) => `/${lng}/reports`,
  edition: (lng: L, number: number) => `/${lng}/reports/${number}`,
  briefing: (lng: L, number: number) => `/${lng}/reports/${number}/briefing`,
  briefingPdf: (lng: L, number: number) => `/${lng}/reports/${number}/briefing.pdf`,
  editionFile: (lng: L, number: number, table: "projects" | "narratives", format: "xlsx" | "csv") =>
    `/${lng}/reports/${number}/${table}.${format}`,
  translationStatus: (lng: L) => `/${lng}/translation-status`,
  /** The open-data guide and the API reference. */
  developers: (lng: L) => `/${lng}/developers`,
  signIn: (lng: L, next?: string) => withQuery(`/${lng}/sign-in`, { next }),
  resetPassword: (lng: L, token: string) => `/${lng}/reset-password/${token}`,
  account: (lng: L, fragment?: string) => withQuery(`/${lng}/account`, {}, fragment),
  /** Where an e-mail's unsubscribe link leads: one kind of e-mail off, without signing in. */
  unsubscribe: (lng: L, token: string) => withQuery(`/${lng}/unsubscribe`, { token }),

  staff: {
    home: (lng: L) => `/${lng}/staff`,
    dashboard: (lng: L, query?: Query) => withQuery(`/${lng}/staff/dashboard`, query),
    dashboardFile: (lng: L, format: "xlsx" | "csv", query?: Query) =>
      withQuery(`/${lng}/staff/dashboard/figures.${format}`, query),
    projects: (lng: L, query?: Query) => withQuery(`/${lng}/staff/projects`, query),
    /** Projects the IATI file leaves out, with the reasons. */
    iati: (lng: L) => `/${lng}/staff/iati`,
    /** Projects brought in from a spreadsheet: template, dry run, import, recent runs. */
    imports: (lng: L) => `/${lng}/staff/import`,
    importTemplate: (lng: L) => `/${lng}/staff/import/template.xlsx`,
    projectsFile: (lng: L, format: "xlsx" | "csv", query?: Query) =>
      withQuery(`/${lng}/staff/projects/export.${format}`, query),
    newProject: (lng: L) => `/${lng}/staff/projects/new`,
    project: (lng: L, code: string) => `/${lng}/staff/projects/${code}`,
    editProject: (lng: L, code: string) => `/${lng}/staff/projects/${code}/edit`,
    newUpdate: (lng: L, code: string) => `/${lng}/staff/projects/${code}/updates/new`,
    editUpdate: (lng: L, code: string, id: string) => `/${lng}/staff/projects/${code}/updates/${id}/edit`,
    updatesFile: (lng: L, code: string, format: "xlsx" | "csv") =>
      `/${lng}/staff/projects/${code}/updates/export.${format}`,
    reports: (lng: L) => staffReports(lng),
    period: (lng: L, year: number) => `${staffReports(lng)}/${year}`,
    contribution: (lng: L, year: number, country: string) => `${staffReports(lng)}/${year}/${country}`,
    jointList: (lng: L, year: number) => `${staffReports(lng)}/${year}/joint-list`,
    edition: (lng: L, number: number) => `${staffReports(lng)}/editions/${number}`,
    briefing: (lng: L, number: number) => `${staffReports(lng)}/editions/${number}/briefing`,
    briefingPdf: (lng: L, number: number) => `${staffReports(lng)}/editions/${number}/briefing.pdf`,
    editionFile: (lng: L, number: number, table: "projects" | "narratives", format: "xlsx" | "csv") =>
      `${staffReports(lng)}/editions/${number}/${table}.${format}`,
    translations: (lng: L) => translationDesk(lng),
    workspace: (lng: L, locale: string, query?: Query) =>
      withQuery(`${translationDesk(lng)}/${locale}`, query),
    workspaceCsv: (lng: L, locale: string, query?: Query) =>
      withQuery(`${translationDesk(lng)}/${locale}/export.csv`, query),
    translation: (lng: L, locale: string, textId: string, back?: string) =>
      withQuery(`${translationDesk(lng)}/${locale}/${textId}`, { back }),
    notifications: (lng: L) => `/${lng}/staff/notifications`,
    /** Opens a notification: marks it read and goes on to the page it is about. */
    notification: (lng: L, id: string) => `/${lng}/staff/notifications/${id}`,
    notificationSettings: (lng: L) => `/${lng}/staff/notifications/settings`,
    plans: (lng: L) => staffPlan(lng),
    planEditor: (lng: L, slug: string) => `${staffPlan(lng)}/${slug}`,
    planSection: (lng: L, slug: string, number: string, query?: Query, fragment?: string) =>
      withQuery(`${staffPlan(lng)}/${slug}/${sectionSlug(number)}`, query, fragment),
  },

  admin: {
    users: (lng: L, query?: Query) => withQuery(`/${lng}/admin/users`, query),
    newUser: (lng: L) => `/${lng}/admin/users/new`,
    user: (lng: L, id: string) => `/${lng}/admin/users/${id}`,
    audit: (lng: L, query?: Query) => withQuery(`/${lng}/admin/audit`, query),
    /** The e-mails the portal wrote, their delivery, and a retry for failed ones. */
    outbox: (lng: L) => `/${lng}/admin/outbox`,
    auditFile: (lng: L, format: "xlsx" | "csv", query?: Query) =>
      withQuery(`/${lng}/admin/audit/export.${format}`, query),
    usersFile: (lng: L, format: "xlsx" | "csv", query?: Query) =>
      withQuery(`/${lng}/admin/users/export.${format}`, query),
    refusals: (lng: L, query?: Query) => withQuery(`/${lng}/admin/audit/refusals`, query),
  },

  api: {
    attachment: (id: string) => `/api/attachments/${id}`,
    statusUpdates: () => "/api/status-updates",
    translationImport: () => "/api/translations/import",
    projectImportCheck: () => "/api/imports/projects/check",
    projectImport: () => "/api/imports/projects",
    importRun: (id: string) => `/api/imports/runs/${id}`,
    internalRevalidate: () => "/api/internal/revalidate",
  },
} as const;

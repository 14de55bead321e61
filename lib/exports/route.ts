import "server-only";
import { getActor } from "@/lib/auth/actor";
import { can, type Actor, type Permission } from "@/lib/auth/permissions";
import { PUBLIC } from "@/lib/reads/define";
import { refusal } from "@/lib/http/plain-response";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/settings";
import { fileName, tableFileResponse, type FileColumn, type FileFormat, type FileRow } from "./table-file";

export type ListTable = {
  /** What the file holds, for its name: ["audit", "projects.update"] → audit-projects.update-2026-12-06.xlsx. */
  nameParts: (string | number | undefined | null)[];
  sheetName: string;
  columns: readonly FileColumn[];
  rows: AsyncIterable<FileRow[]>;
};

/** The file of a list, or the translated "not found" when there is no such list (an unknown edition). */
async function respond(
  format: FileFormat,
  lng: Locale,
  found: ListTable | null,
  audience: "public" | "staff",
) {
  if (!found) return refusal(404, lng);
  const { nameParts, sheetName, columns, rows } = found;
  const table = { name: fileName(nameParts, format), sheetName, columns, lng };
  return tableFileResponse(format, table, rows, audience);
}

/**
 * A staff list as a downloaded file (route handler): the actor must hold `permission`, the list's
 * filters come from the address exactly as on its page, and the reads behind `table` check the
 * permission again and scope what they return.
 */
export function staffTableRoute<Params extends { lng: string }>(
  format: FileFormat,
  permission: Permission,
  table: (
    actor: Actor,
    query: Record<string, string>,
    lng: Locale,
    params: Params,
  ) => Promise<ListTable | null>,
) {
  return async function GET(request: Request, { params }: { params: Promise<Params> }) {
    const route = await params;
    const lng: Locale = isLocale(route.lng) ? route.lng : defaultLocale;
    const actor = await getActor();
    if (!actor || !can(actor, permission)) return refusal(403, lng);
    const query = Object.fromEntries(new URL(request.url).searchParams);
    return respond(format, lng, await table(actor, query, lng, route), "staff");
  };
}

/**
 * A public list as a downloaded file (route handler): no session is read, so the file holds what
 * any reader may see, and may be cached like the page.
 */
export function publicTableRoute<Params extends { lng: string }>(
  format: FileFormat,
  table: (
    viewer: typeof PUBLIC,
    query: Record<string, string>,
    lng: Locale,
    params: Params,
  ) => Promise<ListTable | null>,
) {
  return async function GET(request: Request, { params }: { params: Promise<Params> }) {
    const route = await params;
    const lng: Locale = isLocale(route.lng) ? route.lng : defaultLocale;
    const query = Object.fromEntries(new URL(request.url).searchParams);
    return respond(format, lng, await table(PUBLIC, query, lng, route), "public");
  };
}

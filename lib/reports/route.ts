import "server-only";
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/reads/define";
import { getEdition } from "./edition-queries";
import { getPeriod } from "./queries";

/** The period a `/staff/reports/[year]` route names, or the 404 page. */
export async function periodOf(viewer: Viewer, params: Promise<{ year: string }>) {
  const { year } = await params;
  const period = /^\d{4}$/.test(year) ? await getPeriod(viewer, Number(year)) : null;
  if (!period) notFound();
  return period;
}

/** The edition a `[number]` route names, if `viewer` may read it; else the 404 page. */
export async function editionOf(viewer: Viewer, params: Promise<{ number: string }>) {
  const { number } = await params;
  const edition = /^\d{1,7}$/.test(number) ? await getEdition(viewer, Number(number)) : null;
  if (!edition) notFound();
  return edition;
}

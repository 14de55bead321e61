import "server-only";
import { notFound } from "next/navigation";
import { getEdition } from "./edition-queries";
import { getPeriod } from "./queries";

/** The period a `/staff/reports/[year]` route names, or the 404 page. */
export async function periodOf(params: Promise<{ year: string }>) {
  const { year } = await params;
  const period = /^\d{4}$/.test(year) ? await getPeriod(Number(year)) : null;
  if (!period) notFound();
  return period;
}

/** The edition a `[number]` route names (published ones only for the public), or the 404 page. */
export async function editionOf(params: Promise<{ number: string }>, includeUnpublished: boolean) {
  const { number } = await params;
  const edition = /^\d{1,7}$/.test(number) ? await getEdition(Number(number), includeUnpublished) : null;
  if (!edition) notFound();
  return edition;
}

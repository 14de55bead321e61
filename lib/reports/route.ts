import "server-only";
import { notFound } from "next/navigation";
import { getPeriod } from "./queries";

/** The period a `/staff/reports/[year]` route names, or the 404 page. */
export async function periodOf(params: Promise<{ year: string }>) {
  const { year } = await params;
  const period = /^\d{4}$/.test(year) ? await getPeriod(Number(year)) : null;
  if (!period) notFound();
  return period;
}

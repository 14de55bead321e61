import "server-only";
import { getDb } from "@/lib/db/client";

export type CadenceYear = { year: number; leaders: number; ministers: number; leadersDue: boolean };

/**
 * The plan promises a Leaders' Meeting every two years and a Foreign Ministers' Meeting every year:
 * for each year, how many took place (from the meeting records). A Leaders' Meeting is due in a
 * year when none took place in the year before.
 */
export async function meetingCadence(fromYear: number, toYear: number): Promise<CadenceYear[]> {
  const rows = await getDb().$queryRaw<{ year: number; leaders: number; ministers: number }[]>`
    SELECT y.year::int AS year,
      count(m.id) FILTER (WHERE m.type = 'LM')::int AS leaders,
      count(m.id) FILTER (WHERE m.type = 'FMM')::int AS ministers
    FROM generate_series(${fromYear - 1}::int, ${toYear}::int) AS y(year)
    LEFT JOIN "Meeting" m ON extract(year FROM m."startsOn") = y.year
    GROUP BY y.year ORDER BY y.year`;
  // The year before the first is read only to know whether a Leaders' Meeting is due in the first.
  return rows.slice(1).map((row, index) => ({ ...row, leadersDue: rows[index]!.leaders === 0 }));
}

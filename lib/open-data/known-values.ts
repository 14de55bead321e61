import "server-only";
import { getDb } from "@/lib/db/client";
import { UnknownValue, type ParameterError } from "@/lib/http/problem";

/** Filter values that must name something that exists: a typo must not return an empty list as if it were true. */
export type NamedValues = {
  country?: string;
  pillar?: string;
  area?: string;
  paragraph?: string;
  section?: string;
};

/** Refuses (400, per parameter) any filter value that names nothing. */
export async function requireKnownValues(values: NamedValues): Promise<void> {
  const db = getDb();
  const checks: [keyof NamedValues, string, () => Promise<number>][] = [
    ["country", "param.country", () => db.country.count({ where: { code: values.country } })],
    ["pillar", "param.pillar", () => db.pillar.count({ where: { slug: values.pillar } })],
    ["area", "param.area", () => db.priorityArea.count({ where: { slug: values.area } })],
    ["paragraph", "param.paragraph", () => db.paragraph.count({ where: { citation: values.paragraph } })],
    ["section", "param.section", () => db.section.count({ where: { number: values.section } })],
  ];
  const refused: ParameterError[] = [];
  await Promise.all(
    checks
      .filter(([parameter]) => values[parameter] !== undefined)
      .map(async ([parameter, key, count]) => {
        if ((await count()) === 0) refused.push({ parameter, key });
      }),
  );
  if (refused.length) throw new UnknownValue(refused);
}

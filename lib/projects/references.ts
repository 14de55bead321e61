import "server-only";
import type { Tx } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import type { ProjectInput } from "./schemas";

/**
 * Turns the slugs, citation ids and country codes of a project form into row ids, refusing any
 * that do not exist (with a field error, so the form can say which).
 */
export async function resolveReferences(tx: Tx, input: ProjectInput) {
  const plan = await tx.plan.findFirst({
    where: { status: { not: "draft" }, sections: { some: {} } },
    orderBy: { startYear: "desc" },
    select: { id: true },
  });
  const [pillar, areas, paragraphs, countries] = await Promise.all([
    tx.pillar.findUnique({ where: { slug: input.pillar }, select: { id: true } }),
    tx.priorityArea.findMany({ where: { slug: { in: input.areas } }, select: { id: true, slug: true } }),
    tx.paragraph.findMany({
      where: { planId: plan?.id ?? "", citation: { in: input.paragraphs } },
      select: { id: true, citation: true },
    }),
    tx.country.findMany({
      where: {
        code: {
          in: [
            ...new Set([
              ...input.countries,
              input.leadCountryCode,
              ...input.locations.map((l) => l.countryCode),
            ]),
          ],
        },
      },
      select: { code: true },
    }),
  ]);
  const problems: Record<string, { key: string }[]> = {};
  if (!pillar) problems.pillar = [{ key: "validation.choose" }];
  if (areas.length !== new Set(input.areas).size) problems.areas = [{ key: "validation.choose" }];
  if (paragraphs.length !== new Set(input.paragraphs).size)
    problems.paragraphs = [{ key: "validation.choose" }];
  const known = new Set(countries.map((country) => country.code));
  if (!known.has(input.leadCountryCode)) problems.leadCountryCode = [{ key: "validation.choose" }];
  if (input.countries.some((code) => !known.has(code))) problems.countries = [{ key: "validation.choose" }];
  input.locations.forEach((location, index) => {
    if (!known.has(location.countryCode))
      problems[`locations.${index}.countryCode`] = [{ key: "validation.choose" }];
  });
  if (Object.keys(problems).length) throw new MutationError("invalid", { fieldErrors: problems });
  return {
    pillarId: pillar!.id,
    areaIds: [...new Set(areas.map((area) => area.id))],
    paragraphIds: [...new Set(paragraphs.map((paragraph) => paragraph.id))],
  };
}

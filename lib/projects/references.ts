import "server-only";
import type { Tx } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import type { ProjectInput } from "./schemas";

type Catalogue = {
  pillars: Map<string, string>;
  areas: Map<string, string>;
  paragraphs: Map<string, string>;
  countries: Set<string>;
};

/**
 * What a project may refer to, read once per transaction: an import of a thousand rows asks for
 * the same few dozen rows a thousand times otherwise. Nothing that writes projects changes them.
 */
const catalogues = new WeakMap<Tx, Promise<Catalogue>>();

async function loadCatalogue(tx: Tx): Promise<Catalogue> {
  const plan = await tx.plan.findFirst({
    where: { status: { not: "draft" }, sections: { some: {} } },
    orderBy: { startYear: "desc" },
    select: { id: true },
  });
  const [pillars, areas, paragraphs, countries] = await Promise.all([
    tx.pillar.findMany({ select: { id: true, slug: true } }),
    tx.priorityArea.findMany({ select: { id: true, slug: true } }),
    tx.paragraph.findMany({ where: { planId: plan?.id ?? "" }, select: { id: true, citation: true } }),
    tx.country.findMany({ select: { code: true } }),
  ]);
  return {
    pillars: new Map(pillars.map((pillar) => [pillar.slug, pillar.id])),
    areas: new Map(areas.map((area) => [area.slug, area.id])),
    paragraphs: new Map(paragraphs.map((paragraph) => [paragraph.citation, paragraph.id])),
    countries: new Set(countries.map((country) => country.code)),
  };
}

function catalogueOf(tx: Tx): Promise<Catalogue> {
  let catalogue = catalogues.get(tx);
  if (!catalogue) {
    catalogue = loadCatalogue(tx);
    catalogues.set(tx, catalogue);
  }
  return catalogue;
}

/**
 * Turns the slugs, citation ids and country codes of a project form into row ids, refusing any
 * that do not exist (with a field error, so the form can say which).
 */
export async function resolveReferences(tx: Tx, input: ProjectInput) {
  const { pillars, areas, paragraphs, countries } = await catalogueOf(tx);
  const idsOf = (known: Map<string, string>, keys: string[]) => {
    const ids = keys.map((key) => known.get(key));
    return ids.every((id) => id !== undefined) ? [...new Set(ids)] : null;
  };
  const pillarId = pillars.get(input.pillar);
  const areaIds = idsOf(areas, input.areas);
  const paragraphIds = idsOf(paragraphs, input.paragraphs);
  const problems: Record<string, { key: string }[]> = {};
  if (!pillarId) problems.pillar = [{ key: "validation.choose" }];
  if (!areaIds) problems.areas = [{ key: "validation.choose" }];
  if (!paragraphIds) problems.paragraphs = [{ key: "validation.choose" }];
  if (!countries.has(input.leadCountryCode)) problems.leadCountryCode = [{ key: "validation.choose" }];
  if (input.countries.some((code) => !countries.has(code)))
    problems.countries = [{ key: "validation.choose" }];
  input.locations.forEach((location, index) => {
    if (!countries.has(location.countryCode))
      problems[`locations.${index}.countryCode`] = [{ key: "validation.choose" }];
  });
  if (!pillarId || !areaIds || !paragraphIds || Object.keys(problems).length)
    throw new MutationError("invalid", { fieldErrors: problems });
  return { pillarId, areaIds, paragraphIds };
}

// Invented narratives for the demonstration reports, one per core priority area, filled in per
// country and year. Labelled demo data like the projects they describe.
export const demoNarratives: Record<string, (country: string, year: number) => string> = {
  connectivity: (country, year) =>
    `(Demo) In ${year} ${country} advanced its connectivity projects: feasibility work on cross-border road and rail links continued, and two border facilitation workshops were held with neighbouring secretariats.`,
  "production-capacity": (country, year) =>
    `(Demo) Production-capacity cooperation in ${year}: ${country} hosted an industrial-park dialogue and trained technicians in partnership with vocational colleges of the other member countries.`,
  "cross-border-economic-cooperation": (country, year) =>
    `(Demo) ${country} reports progress on border economic zones in ${year}; customs and quarantine procedures were harmonised for agricultural trade, with delays where procurement took longer than planned.`,
  "water-resources": (country, year) =>
    `(Demo) Water-resources cooperation in ${year}: ${country} shared hydrological data through the LMC Water Resources Cooperation Center and took part in joint flood and drought exercises.`,
  "agriculture-poverty-reduction": (country, year) =>
    `(Demo) ${country}'s poverty-reduction pilots in ${year} reached further villages; farmer field schools and rural e-commerce training ran as planned, one pilot was delayed by the rainy season.`,
};

/** A coordinator's comment returning a contribution, for the demo of the review conversation. */
export const demoReturnComment =
  "(Demo) Please add the status of the two water projects that have no update by the cut-off, and say in the narrative why the border-zone study was delayed.";

// Categories whose order means nothing (priority areas, countries) are shown largest first, so the
// eye reads the ranking; years and phases keep their own order.

/** Largest number of projects first; ties by larger commitment, then by name as the reader reads it. */
export function largestFirst<G extends { projects: number; committed: number }>(
  groups: readonly G[],
  name: (group: G) => string,
  tag: string,
): G[] {
  const collator = new Intl.Collator(tag);
  return [...groups].sort(
    (a, b) => b.projects - a.projects || b.committed - a.committed || collator.compare(name(a), name(b)),
  );
}

// Navigation within a plan's outline (sections in reading order).

type Node = { id: string; parentId: string | null; number: string };

/** Sections (each list already sorted by position among its siblings) in reading order: depth first. */
export function inReadingOrder<T extends { id: string; parentId: string | null }>(sections: T[]): T[] {
  const children = new Map<string | null, T[]>();
  for (const section of sections)
    children.set(section.parentId, [...(children.get(section.parentId) ?? []), section]);
  const ordered: T[] = [];
  const visit = (parentId: string | null) => {
    for (const section of children.get(parentId) ?? []) {
      ordered.push(section);
      visit(section.id);
    }
  };
  visit(null);
  return ordered;
}

/** The section and all sections below it, in reading order. */
export function subtree<T extends Node>(outline: T[], rootId: string): T[] {
  const ids = new Set([rootId]);
  return outline.filter((section) => {
    if (section.id === rootId) return true;
    if (section.parentId && ids.has(section.parentId)) {
      ids.add(section.id);
      return true;
    }
    return false;
  });
}

/** From the chapter down to the section's parent. */
export function ancestors<T extends Node>(outline: T[], section: T): T[] {
  const byId = new Map(outline.map((entry) => [entry.id, entry]));
  const chain: T[] = [];
  for (let parent = section.parentId; parent; parent = byId.get(parent)?.parentId ?? null) {
    const entry = byId.get(parent);
    if (entry) chain.unshift(entry);
  }
  return chain;
}

/** The sections before and after, in reading order. */
export function neighbours<T extends Node>(outline: T[], section: T): { previous: T | null; next: T | null } {
  const index = outline.indexOf(section);
  return { previous: outline[index - 1] ?? null, next: outline[index + 1] ?? null };
}

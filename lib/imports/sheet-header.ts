// A sheet's header cells carry a label in the writer's language and a stable key in brackets,
// "ชื่อเรื่อง (ไทย) [title.th]", so a file filled in Thai imports on an English screen; a bare key
// ("title.th") is read too, for files put together by other programs.

const KEYED = /\[([A-Za-z][A-Za-z0-9.]*)\]\s*$/;
const BARE = /^[A-Za-z][A-Za-z0-9.]*$/;

export function headerCell(label: string, key: string): string {
  return `${label} [${key}]`;
}

/** The key a header cell names, or null when it names none (a column of the writer's own notes). */
export function keyOfHeader(cell: string): string | null {
  const text = cell.trim();
  return KEYED.exec(text)?.[1] ?? (BARE.test(text) ? text : null);
}

/** The text of a field given as data, trimmed; `undefined` for anything blank or not a string. */
export const nonEmptyText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** The text of a node of the CMS's markup as a reader sees it: white space collapsed, trimmed. */
export const textOf = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

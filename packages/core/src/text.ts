/** The text of a field given as data, trimmed; `undefined` for anything blank or not a string. */
export const nonEmptyText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

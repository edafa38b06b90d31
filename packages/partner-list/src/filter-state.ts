/** The visitor's filter choice; `''` means all. */
export interface FilterChoice {
  country: string;
  type: string;
}

/*
 * The hash is shared with anchors and with other scripts: this widget's entries are
 * `np-country=BE&np-type=city` (`np-<id>-country` for a widget with an `id`, so two filtered
 * lists keep separate choices), joined by `&` to other `key=value` entries, which are kept.
 * A hash that points at an anchor (`#top`, `#contact`) is left alone: appended to, it would
 * no longer scroll to its element.
 */
const entries = (hash: string) => hash.replace(/^#/, '').split('&').filter(Boolean);

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    // A hand-edited `%` that is not an escape: no such option, so no filter.
    return '';
  }
}

/** Whether the hash holds this widget's choice; a hash change without it is someone else's. */
export const hasHashChoice = (hash: string, prefix: string): boolean =>
  entries(hash).some((entry) => ['country', 'type'].some((field) => entry.startsWith(`${prefix}${field}=`)));

export function readHashChoice(hash: string, prefix: string): FilterChoice {
  const choice: FilterChoice = { country: '', type: '' };
  for (const entry of entries(hash)) {
    const [key, value = ''] = entry.split('=');
    for (const field of ['country', 'type'] as const) {
      if (key === prefix + field) choice[field] = decode(value);
    }
  }
  return choice;
}

/** The hash with this widget's choice in it; `undefined` when the hash is an anchor, which stays as it is. */
export function writeHashChoice(hash: string, prefix: string, choice: FilterChoice): string | undefined {
  const others = entries(hash).filter((entry) => !['country', 'type'].some((field) => entry.split('=')[0] === prefix + field));
  if (others.some((entry) => !entry.includes('='))) return undefined;
  const ours = (['country', 'type'] as const)
    .filter((field) => choice[field])
    .map((field) => `${prefix}${field}=${encodeURIComponent(choice[field])}`);
  return [...others, ...ours].join('&');
}

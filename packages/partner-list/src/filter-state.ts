/** The visitor's filter choice; `''` means all. */
export interface FilterChoice {
  country: string;
  type: string;
}

/*
 * The hash is shared with anchors and with other widgets: entries are `key=value` joined by `&`,
 * and only this widget's keys are read or replaced. A widget with an `id` prefixes its keys
 * with it, so two filtered lists on one page keep separate choices.
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

export function writeHashChoice(hash: string, prefix: string, choice: FilterChoice): string {
  const others = entries(hash).filter((entry) => !['country', 'type'].some((field) => entry.split('=')[0] === prefix + field));
  const ours = (['country', 'type'] as const)
    .filter((field) => choice[field])
    .map((field) => `${prefix}${field}=${encodeURIComponent(choice[field])}`);
  return [...others, ...ours].join('&');
}

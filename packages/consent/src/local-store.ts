/**
 * The "always allow" choices a visitor made on a placeholder when the page has no consent
 * manager, kept in `localStorage` under one key:
 *
 *     np-consent = {"youtube":"granted","vimeo":"granted"}
 *
 * A site can clear it (or call `revoke`) from its own privacy page.
 */
export const storageKey = 'np-consent';

function read(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    // Storage blocked (private windows, strict settings) or a value not written by us.
    return {};
  }
}

function write(choices: Record<string, string>): void {
  try {
    if (Object.keys(choices).length) localStorage.setItem(storageKey, JSON.stringify(choices));
    else localStorage.removeItem(storageKey);
  } catch {
    // Without storage the choice lasts for this page view only.
  }
}

export const localChoices = {
  isAlwaysAllowed: (service: string): boolean => read()[service] === 'granted',
  allowAlways(service: string): void {
    write({ ...read(), [service]: 'granted' });
  },
  forget(service: string): void {
    const { [service]: _forgotten, ...rest } = read();
    write(rest);
  },
};

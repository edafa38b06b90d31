/*
 * Stand-ins for the consent managers that cannot be installed here: Cookiebot, OneTrust and
 * Didomi load only from their vendors' CDNs. Each follows the manager's documented public API: the same globals, the
 * same events on the same targets. Each controls one service, `youtube`, in the `marketing`
 * category. Klaro, Orejime 3, tarteaucitron, CookieConsent and TCF (the IAB's __tcfapi) are
 * tested against the real scripts from npm: packages/consent-video/test/managers/.
 */

type Globals = Record<string, unknown>;
const page = window as unknown as Globals;

export interface StandIn {
  /** The adapter name, as in `data-np-cmp`. */
  name: string;
  /** Puts the manager's API on the page, with no choice made yet. */
  install(): void;
  /** The visitor accepts or refuses YouTube in the manager's own interface. */
  decide(granted: boolean): void;
  /** True once something asked the manager to show its preferences. */
  preferencesOpened(): boolean;
  /** Whether the manager itself can accept one service when asked, once the visitor has made a first choice. */
  acceptsOneService: boolean;
  /** The manager's own record of YouTube being accepted. */
  managerGranted(): boolean;
  /** Whether anything was recorded in the manager as the visitor's choice. */
  recordedAnything(): boolean;
  /** Takes away the function that opens its preferences, as a manager that failed half way. */
  losePreferences(): void;
  remove(): void;
}

function created(globals: string[]) {
  return () => globals.forEach((name) => Reflect.deleteProperty(page, name));
}

export function cookiebotStandIn(): StandIn {
  let renewed = false;
  const cookiebot = {
    consent: { necessary: true, preferences: false, statistics: false, marketing: false },
    hasResponse: false,
    renew: () => (renewed = true),
  };
  return {
    name: 'cookiebot',
    acceptsOneService: false,
    install: () => (page.Cookiebot = cookiebot),
    decide(granted) {
      cookiebot.consent.marketing = granted;
      cookiebot.hasResponse = true;
      window.dispatchEvent(new Event(granted ? 'CookiebotOnAccept' : 'CookiebotOnDecline'));
    },
    preferencesOpened: () => renewed,
    managerGranted: () => cookiebot.consent.marketing,
    recordedAnything: () => cookiebot.hasResponse,
    losePreferences: () => Reflect.deleteProperty(cookiebot, 'renew'),
    remove: created(['Cookiebot']),
  };
}

export function onetrustStandIn(): StandIn {
  let closed = false;
  let opened = false;
  const onetrust: Record<string, unknown> = { IsAlertBoxClosed: () => closed, ToggleInfoDisplay: () => (opened = true) };
  return {
    name: 'onetrust',
    acceptsOneService: false,
    install() {
      page.OnetrustActiveGroups = ',C0001,';
      page.OneTrust = onetrust;
    },
    decide(granted) {
      const groups = granted ? ['C0001', 'C0004'] : ['C0001'];
      page.OnetrustActiveGroups = `,${groups.join(',')},`;
      closed = true;
      window.dispatchEvent(new CustomEvent('OneTrustGroupsUpdated', { detail: groups }));
    },
    preferencesOpened: () => opened,
    managerGranted: () => String(page.OnetrustActiveGroups).includes(',C0004,'),
    recordedAnything: () => closed,
    losePreferences: () => Reflect.deleteProperty(onetrust, 'ToggleInfoDisplay'),
    remove: created(['OnetrustActiveGroups', 'OneTrust']),
  };
}

export function didomiStandIn(): StandIn {
  const vendors: Record<string, { id: string; enabled: boolean }> = {};
  let collected = false;
  let opened = false;
  const changed = () => {
    collected = true;
    const listeners = (page.didomiEventListeners ?? []) as { event: string; listener: () => void }[];
    listeners.filter((entry) => entry.event === 'consent.changed').forEach((entry) => entry.listener());
  };
  const setVendor = (id: string, enabled: boolean) => {
    vendors[id] = { id, enabled };
    changed();
  };
  // Didomi's documented Web SDK: getCurrentUserStatus, shouldUserStatusBeCollected,
  // openCurrentUserStatusTransaction (a commit counts as the visitor's answer), preferences.show.
  const didomi: Record<string, unknown> = {
    getCurrentUserStatus: () => ({ vendors: structuredClone(vendors), purposes: {}, regulation: 'gdpr' }),
    shouldUserStatusBeCollected: () => !collected,
    openCurrentUserStatusTransaction: () => {
      const changes: [string, boolean][] = [];
      const transaction = {
        enableVendor: (id: string) => (changes.push([id, true]), transaction),
        disableVendor: (id: string) => (changes.push([id, false]), transaction),
        commit: () => changes.forEach(([id, enabled]) => setVendor(id, enabled)),
      };
      return transaction;
    },
    preferences: { show: () => (opened = true) },
  };
  return {
    name: 'didomi',
    acceptsOneService: true,
    install: () => (page.Didomi = didomi),
    decide: (granted) => setVendor('c:youtube', granted),
    preferencesOpened: () => opened,
    managerGranted: () => !!vendors['c:youtube']?.enabled,
    recordedAnything: () => collected,
    losePreferences: () => Reflect.deleteProperty(didomi, 'preferences'),
    remove: created(['Didomi', 'didomiEventListeners']),
  };
}

export const standIns: Record<string, () => StandIn> = {
  cookiebot: cookiebotStandIn,
  onetrust: onetrustStandIn,
  didomi: didomiStandIn,
};

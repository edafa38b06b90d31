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
  /** Whether it can do so before that first choice without recording anything else. */
  acceptsBeforeFirstChoice: boolean;
  /** The manager's own record of YouTube being accepted. */
  managerGranted(): boolean;
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
    acceptsBeforeFirstChoice: false,
    install: () => (page.Cookiebot = cookiebot),
    decide(granted) {
      cookiebot.consent.marketing = granted;
      cookiebot.hasResponse = true;
      window.dispatchEvent(new Event(granted ? 'CookiebotOnAccept' : 'CookiebotOnDecline'));
    },
    preferencesOpened: () => renewed,
    managerGranted: () => cookiebot.consent.marketing,
    remove: created(['Cookiebot']),
  };
}

export function onetrustStandIn(): StandIn {
  let closed = false;
  let opened = false;
  return {
    name: 'onetrust',
    acceptsOneService: false,
    acceptsBeforeFirstChoice: false,
    install() {
      page.OnetrustActiveGroups = ',C0001,';
      page.OneTrust = { IsAlertBoxClosed: () => closed, ToggleInfoDisplay: () => (opened = true) };
    },
    decide(granted) {
      const groups = granted ? ['C0001', 'C0004'] : ['C0001'];
      page.OnetrustActiveGroups = `,${groups.join(',')},`;
      closed = true;
      window.dispatchEvent(new CustomEvent('OneTrustGroupsUpdated', { detail: groups }));
    },
    preferencesOpened: () => opened,
    managerGranted: () => String(page.OnetrustActiveGroups).includes(',C0004,'),
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
  return {
    name: 'didomi',
    acceptsOneService: true,
    acceptsBeforeFirstChoice: true,
    install() {
      page.Didomi = {
        getCurrentUserStatus: () => ({ vendors: structuredClone(vendors), purposes: {}, regulation: 'gdpr' }),
        shouldConsentBeCollected: () => !collected,
        openTransaction: () => {
          const changes: [string, boolean][] = [];
          return {
            enableVendor: (id: string) => changes.push([id, true]),
            disableVendor: (id: string) => changes.push([id, false]),
            commit: () => changes.forEach(([id, enabled]) => setVendor(id, enabled)),
          };
        },
        preferences: { show: () => (opened = true) },
      };
    },
    decide: (granted) => setVendor('c:youtube', granted),
    preferencesOpened: () => opened,
    managerGranted: () => !!vendors['c:youtube']?.enabled,
    remove: created(['Didomi', 'didomiEventListeners']),
  };
}

export const standIns: Record<string, () => StandIn> = {
  cookiebot: cookiebotStandIn,
  onetrust: onetrustStandIn,
  didomi: didomiStandIn,
};

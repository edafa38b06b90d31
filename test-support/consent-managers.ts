/*
 * Faithful stand-ins for the consent managers' documented public APIs: the same globals, the
 * same events on the same targets, the same quirks (Klaro's unsaved toggles, tarteaucitron's
 * undefined pending state, TCF answering addEventListener at once). Each controls one service,
 * `youtube`, in the `marketing` category.
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
  /** Whether the manager itself can accept one service when asked. */
  acceptsOneService: boolean;
  /** The manager's own record of YouTube being accepted. */
  managerGranted(): boolean;
  remove(): void;
}

function created(globals: string[]) {
  return () => globals.forEach((name) => Reflect.deleteProperty(page, name));
}

export function tcfStandIn(): StandIn {
  let data: Record<string, unknown> = { gdprApplies: true, eventStatus: 'cmpuishown', cmpStatus: 'loaded' };
  const listeners = new Map<number, (data: unknown, success: boolean) => void>();
  let nextId = 1;
  const emit = () => listeners.forEach((callback, listenerId) => callback({ ...data, listenerId }, true));
  return {
    name: 'tcf',
    acceptsOneService: false,
    install() {
      page.__tcfapi = (command: string, version: number, callback: (...args: unknown[]) => void, parameter?: unknown) => {
        if (version !== 2) return callback(undefined, false);
        if (command === 'addEventListener') {
          const listenerId = nextId++;
          listeners.set(listenerId, callback);
          // The spec: called at once with the current state.
          callback({ ...data, listenerId }, true);
        } else if (command === 'removeEventListener') {
          callback(listeners.delete(parameter as number));
        }
      };
    },
    decide(granted) {
      data = {
        gdprApplies: true,
        eventStatus: 'useractioncomplete',
        cmpStatus: 'loaded',
        purpose: { consents: { 1: granted } },
        vendor: { consents: { 755: granted } },
      };
      emit();
    },
    // TCF has no command to show a CMP's interface.
    preferencesOpened: () => false,
    managerGranted: () => !!(data.purpose as { consents: Record<number, boolean> } | undefined)?.consents[1],
    remove: created(['__tcfapi']),
  };
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
    remove: created(['Cookiebot']),
  };
}

export function onetrustStandIn(): StandIn {
  let closed = false;
  let opened = false;
  return {
    name: 'onetrust',
    acceptsOneService: false,
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
    install() {
      page.Didomi = {
        getCurrentUserStatus: () => ({ vendors: structuredClone(vendors), purposes: {}, regulation: 'gdpr' }),
        shouldConsentBeCollected: () => !collected,
        openTransaction: () => {
          const enabled: string[] = [];
          return { enableVendor: (id: string) => enabled.push(id), commit: () => enabled.forEach((id) => setVendor(id, true)) };
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

export function klaroStandIn(): StandIn {
  type Watcher = { update(manager: unknown, eventType: string, data: unknown): void };
  const consents: Record<string, boolean> = {};
  const watchers = new Set<Watcher>();
  let opened = false;
  const manager = {
    confirmed: false,
    getConsent: (name: string) => consents[name] || false,
    updateConsent(name: string, value: boolean) {
      consents[name] = value;
      watchers.forEach((watcher) => watcher.update(manager, 'consents', consents));
    },
    saveAndApplyConsents() {
      manager.confirmed = true;
      watchers.forEach((watcher) => watcher.update(manager, 'saveConsents', { consents, type: 'save' }));
      watchers.forEach((watcher) => watcher.update(manager, 'applyConsents', 1));
    },
    watch: (watcher: Watcher) => watchers.add(watcher),
    unwatch: (watcher: Watcher) => watchers.delete(watcher),
  };
  return {
    name: 'klaro',
    acceptsOneService: true,
    install: () => (page.klaro = { getManager: () => manager, show: () => (opened = true) }),
    decide(granted) {
      manager.updateConsent('youtube', granted);
      manager.saveAndApplyConsents();
    },
    preferencesOpened: () => opened,
    managerGranted: () => manager.confirmed && consents.youtube === true,
    remove: created(['klaro']),
  };
}

export function tarteaucitronStandIn(): StandIn {
  const state: Record<string, boolean | undefined> = {};
  let opened = false;
  let line: HTMLElement | undefined;
  const respond = (key: string, value: boolean) => {
    if (state[key] === value) return;
    state[key] = value;
    document.dispatchEvent(new Event(`${key}_${value ? 'allowed' : 'disallowed'}`));
    document.dispatchEvent(new Event('tac.consent_updated'));
  };
  return {
    name: 'tarteaucitron',
    acceptsOneService: true,
    install() {
      page.tarteaucitron = {
        state,
        setConsent: (key: string, value: boolean) => respond(key, value),
        userInterface: { openPanel: () => (opened = true) },
      };
      // The service's line in the panel, which setConsent answers through.
      line = Object.assign(document.createElement('button'), { id: 'youtubeAllowed', hidden: true });
      document.body.append(line);
    },
    decide: (granted) => respond('youtube', granted),
    preferencesOpened: () => opened,
    managerGranted: () => state.youtube === true,
    remove() {
      created(['tarteaucitron'])();
      line?.remove();
    },
  };
}

export function cookieconsentStandIn(): StandIn {
  let valid = false;
  let opened = false;
  const accepted: Record<string, string[]> = { marketing: [] };
  const categories = { marketing: { services: { youtube: {}, vimeo: {} } } };
  const change = (first: boolean) =>
    window.dispatchEvent(new CustomEvent(first ? 'cc:onConsent' : 'cc:onChange', { detail: { cookie: {} } }));
  return {
    name: 'cookieconsent',
    acceptsOneService: true,
    install() {
      page.CookieConsent = {
        validConsent: () => valid,
        acceptedCategory: (category: string) => (accepted[category]?.length ?? 0) > 0,
        acceptedService: (service: string, category: string) => !!accepted[category]?.includes(service),
        acceptService(services: string[], category: string) {
          const first = !valid;
          valid = true;
          accepted[category] = [...services];
          change(first);
        },
        getUserPreferences: () => ({ acceptedServices: structuredClone(accepted) }),
        getConfig: (field: string) => (field === 'categories' ? categories : undefined),
        showPreferences: () => (opened = true),
      };
    },
    decide(granted) {
      const first = !valid;
      valid = true;
      accepted.marketing = granted ? ['youtube', 'vimeo'] : [];
      change(first);
    },
    preferencesOpened: () => opened,
    managerGranted: () => accepted.marketing!.includes('youtube'),
    remove: created(['CookieConsent']),
  };
}

/** Orejime 3: `orejime.manager` with `on('update')` and `prompt()`. */
export function orejimeStandIn(): StandIn {
  const consents: Record<string, boolean> = {};
  const handlers = new Set<() => void>();
  let opened = false;
  const setConsent = (id: string, value: boolean) => {
    consents[id] = value;
    handlers.forEach((handler) => handler());
  };
  return {
    name: 'orejime',
    acceptsOneService: true,
    install() {
      page.orejime = {
        manager: {
          getConsent: (id: string) => consents[id],
          setConsent,
          on: (_event: string, handler: () => void) => handlers.add(handler),
          off: (_event: string, handler: () => void) => handlers.delete(handler),
        },
        prompt: () => (opened = true),
      };
    },
    decide: (granted) => setConsent('youtube', granted),
    preferencesOpened: () => opened,
    managerGranted: () => consents.youtube === true,
    remove: created(['orejime']),
  };
}

/** Orejime 2: `orejime.internals.manager` with `watch()`, `confirmed` and `show()`. */
export function orejime2StandIn(): StandIn {
  type Watcher = { update(): void };
  const consents: Record<string, boolean> = {};
  const watchers = new Set<Watcher>();
  let opened = false;
  const manager = {
    confirmed: false,
    getConsent: (name: string) => consents[name] || false,
    updateConsent(name: string, value: boolean) {
      consents[name] = value;
      watchers.forEach((watcher) => watcher.update());
    },
    saveAndApplyConsents() {
      manager.confirmed = true;
    },
    watch: (watcher: Watcher) => watchers.add(watcher),
    unwatch: (watcher: Watcher) => watchers.delete(watcher),
  };
  return {
    name: 'orejime',
    acceptsOneService: true,
    install: () => (page.orejime = { show: () => (opened = true), internals: { manager } }),
    decide(granted) {
      manager.confirmed = true;
      manager.updateConsent('youtube', granted);
    },
    preferencesOpened: () => opened,
    managerGranted: () => manager.confirmed && consents.youtube === true,
    remove: created(['orejime']),
  };
}

export const standIns: Record<string, () => StandIn> = {
  tcf: tcfStandIn,
  cookiebot: cookiebotStandIn,
  onetrust: onetrustStandIn,
  didomi: didomiStandIn,
  klaro: klaroStandIn,
  tarteaucitron: tarteaucitronStandIn,
  cookieconsent: cookieconsentStandIn,
  'orejime 3': orejimeStandIn,
  'orejime 2': orejime2StandIn,
};

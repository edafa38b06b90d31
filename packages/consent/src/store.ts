import { listenForAnnouncements } from './announcements.js';
import { localChoices } from './local-store.js';
import type { ConsentAdapter, ConsentDecision, ConsentSource, ConsentState, ServiceOptions } from './types.js';

export interface SubscribeOptions extends ServiceOptions {
  /** Adapter to ask (`tcf`, `cookiebot`…, or `none`); default `data-np-cmp` on `<html>`, else the one detected. */
  cmp?: string;
}

export interface RequestOptions extends SubscribeOptions {
  /** The visitor ticked "always allow": kept in localStorage, only when the page has no consent manager. */
  remember?: boolean;
}

type Callback = (decision: ConsentDecision) => void;

interface Subscription {
  service: string;
  options: SubscribeOptions;
  callback: Callback;
  last: string;
}

/** How long to keep looking for a consent manager whose script loads after the widget. */
const detectionWindow = 10_000;
const detectionInterval = 250;

/** Set on `<html>` by a site whose own preferences dialog answers `np-consent-preferences`. */
const sitePreferencesAttribute = 'data-np-consent-preferences';

/**
 * The page's single consent state. Which source wins, and until when, is the consent package
 * README's precedence table; each of its rows is a test (test/precedence.test.ts).
 *
 * In short: a consent manager's answer wins over everything except a placeholder click made
 * after it; a click grants the service for this page view and ends with any later refusal (the
 * manager's, the site's, `revoke`) or when the visitor saves their choices in the manager; the
 * site's banner (`np-consent`) counts where the manager has no answer, and its grant supersedes
 * a click (every video of the service loads); "always allow" counts only without a manager.
 * Nothing is written in a manager for a visitor who has not made their first choice there, and
 * the store's own writes are never taken for the visitor saving.
 */
export class ConsentStore {
  readonly #subscriptions = new Set<Subscription>();
  readonly #watching = new Map<ConsentAdapter, () => void>();
  /** Decisions announced by the site's banner, heard since this package was first evaluated on the page. */
  readonly #announced: Map<string, boolean>;
  /** Grants from a placeholder click held in the page (the manager does not record them). */
  readonly #clicked = new Set<string>();
  /** Clicks passed on to the manager, which the visitor may take back the same way. */
  readonly #passedOn = new Set<string>();
  /** True while the store writes in a manager: what the manager reports then is not the visitor saving. */
  #writing = false;
  #detectionTimer?: ReturnType<typeof setInterval>;

  readonly #adapters: ConsentAdapter[];

  constructor(adapters: ConsentAdapter[]) {
    this.#adapters = adapters;
    const inbox = listenForAnnouncements();
    this.#announced = inbox.heard;
    inbox.listeners.add(({ service }) => {
      // The site's answer, either way, supersedes a click: a grant loads every video of the service.
      this.#clicked.delete(service);
      this.#notify();
    });
  }

  /** Adds an adapter for a consent manager this package does not know; it is asked first. */
  addAdapter(adapter: ConsentAdapter): void {
    this.#adapters.unshift(adapter);
    this.#detect();
  }

  get(service: string, options: SubscribeOptions = {}): ConsentDecision {
    return this.state(service, options).decision;
  }

  /** The decision for a service, where it comes from, and which controls would work. */
  state(service: string, options: SubscribeOptions = {}): ConsentState {
    // Some managers (TCF) only answer listeners: watch them before asking.
    this.#detect();
    const adapter = this.#adapterFor(options.cmp);
    const managed = adapter?.decision(service, options) ?? 'unknown';
    const announced = this.#announced.get(service);
    const remembered = !adapter && localChoices.isAlwaysAllowed(service);
    let decision: ConsentDecision = 'granted';
    let source: ConsentSource | undefined = 'click';
    if (managed === 'granted') {
      if (!this.#passedOn.has(service)) source = 'manager';
    } else if (this.#clicked.has(service)) {
      // A click with "always allow" ticked counts as always allowed: every video of the service loads.
      if (remembered) source = 'remembered';
    } else if (managed === 'denied') {
      [decision, source] = ['denied', 'manager'];
    } else if (announced !== undefined) {
      [decision, source] = [announced ? 'granted' : 'denied', 'site'];
    } else if (remembered) {
      source = 'remembered';
    } else {
      [decision, source] = ['unknown', undefined];
    }
    if (managed === 'denied') this.#passedOn.delete(service);
    const preferences =
      (adapter?.canOpenPreferences?.() ?? !!adapter?.openPreferences) || document.documentElement.hasAttribute(sitePreferencesAttribute);
    return { decision, source, manager: adapter?.name, preferences };
  }

  /** Calls `callback` with the decision whenever the decision, or where it comes from, changes. */
  subscribe(service: string, callback: Callback, options: SubscribeOptions = {}): () => void {
    const subscription: Subscription = { service, options, callback, last: JSON.stringify(this.state(service, options)) };
    this.#subscriptions.add(subscription);
    return () => this.#subscriptions.delete(subscription);
  }

  /** The visitor accepted on a placeholder: passed on to the manager where it can accept one service. */
  request(service: string, options: RequestOptions = {}): void {
    this.#detect();
    const adapter = this.#adapterFor(options.cmp);
    if (adapter && this.#write(adapter, service, options, true)) {
      this.#passedOn.add(service);
    } else {
      this.#clicked.add(service);
      // With a manager, the manager is the one place where a choice is remembered.
      if (options.remember && !adapter) localChoices.allowAlways(service);
    }
    this.#notify();
  }

  /**
   * Takes back what a visitor gave on a placeholder: the click of this page view (refused in
   * the manager too, where the click was passed on to it), "always allow", and a grant the
   * site's banner announced (a refusal it announced stands).
   */
  revoke(service: string, options: SubscribeOptions = {}): void {
    const adapter = this.#adapterFor(options.cmp);
    if (this.#passedOn.delete(service) && adapter) this.#write(adapter, service, options, false);
    this.#clicked.delete(service);
    if (this.#announced.get(service)) this.#announced.delete(service);
    localChoices.forget(service);
    this.#notify();
  }

  /** Opens the consent manager's preferences, or tells the site to open its own. */
  openPreferences(service?: string, options: SubscribeOptions = {}): void {
    this.#detect();
    if (this.#adapterFor(options.cmp)?.openPreferences?.()) return;
    document.dispatchEvent(new CustomEvent('np-consent-preferences', { detail: { service } }));
  }

  #adapterFor(cmp = document.documentElement.dataset.npCmp): ConsentAdapter | undefined {
    if (cmp === 'none') return undefined;
    const candidates = cmp ? this.#adapters.filter((adapter) => adapter.name === cmp) : this.#adapters;
    return candidates.find((adapter) => adapter.isPresent());
  }

  /**
   * Writes one service's answer in the manager, where it can take it without recording anything
   * else for the visitor. What the manager reports during the write is the store's own doing, not
   * the visitor saving (the managers tested report it there and then).
   */
  #write(adapter: ConsentAdapter, service: string, options: ServiceOptions, granted: boolean): boolean {
    if (!adapter.decide) return false;
    this.#writing = true;
    try {
      return adapter.decide(service, options, granted);
    } finally {
      this.#writing = false;
    }
  }

  /** A manager reported a change; when the visitor saved their choices there, those choices are the answer. */
  #managerChanged = (saved?: boolean): void => {
    if (saved && !this.#writing) this.#clicked.clear();
    this.#notify();
  };

  #notify = (): void => {
    for (const subscription of this.#subscriptions) {
      const state = this.state(subscription.service, subscription.options);
      const key = JSON.stringify(state);
      if (key === subscription.last) continue;
      subscription.last = key;
      subscription.callback(state.decision);
    }
  };

  /**
   * Watches the managers present; while none is, keeps looking for a while, for one whose
   * script loads after the widget. A manager that went away (a single-page app reloading it)
   * is let go, and watched again when it is back.
   */
  #detect(): void {
    if (this.#watchPresent() || this.#detectionTimer) return;
    const started = Date.now();
    this.#detectionTimer = setInterval(() => {
      if (this.#watchPresent() || Date.now() - started > detectionWindow) {
        clearInterval(this.#detectionTimer);
        this.#detectionTimer = undefined;
      }
    }, detectionInterval);
  }

  /** Updates what is watched; true when a manager is present. */
  #watchPresent(): boolean {
    let changed = false;
    for (const adapter of this.#adapters) {
      const stop = this.#watching.get(adapter);
      if (adapter.isPresent() === !!stop) continue;
      if (stop) {
        stop();
        this.#watching.delete(adapter);
      } else {
        // Some managers call back from inside watch(): mark the adapter watched first.
        this.#watching.set(adapter, () => {});
        this.#watching.set(adapter, adapter.watch(this.#managerChanged));
      }
      changed = true;
    }
    if (changed) this.#notify();
    return this.#watching.size > 0;
  }
}

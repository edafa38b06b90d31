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
 * The page's single consent state. Precedence: what a consent manager says, then what the
 * site's own banner said through the `np-consent` event, then (only without a consent
 * manager) the visitor's "always allow" in localStorage.
 *
 * A click on a placeholder is a grant for this page view. Where the manager can accept one
 * service, the click is passed on and the manager records it. Where it cannot (Cookiebot,
 * OneTrust, TCF) the grant is held here, and ends as soon as the visitor saves their choices
 * in the manager again, the site announces a refusal, or `revoke` is called: withdrawing must
 * be as easy as giving (GDPR Art. 7(3)).
 */
export class ConsentStore {
  readonly #subscriptions = new Set<Subscription>();
  readonly #watching = new Map<ConsentAdapter, () => void>();
  /** Decisions announced with the `np-consent` event. */
  readonly #announced = new Map<string, boolean>();
  /** Grants from a placeholder click that the manager (if any) does not hold. */
  readonly #clicked = new Set<string>();
  /** Clicks passed on to the manager, which the visitor may take back the same way. */
  readonly #passedOn = new Set<string>();
  #detectionTimer?: ReturnType<typeof setInterval>;

  readonly #adapters: ConsentAdapter[];

  constructor(adapters: ConsentAdapter[]) {
    this.#adapters = adapters;
    document.addEventListener('np-consent', (event) => {
      const { service, granted } = (event as CustomEvent<{ service?: unknown; granted?: unknown }>).detail ?? {};
      if (typeof service !== 'string' || typeof granted !== 'boolean') return;
      this.#announced.set(service, granted);
      if (!granted) this.#clicked.delete(service);
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
    const preferences = !!adapter?.openPreferences || document.documentElement.hasAttribute(sitePreferencesAttribute);
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
    if (adapter?.decide?.(service, options, true)) {
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
   * the manager too, where the click was passed on to it), "always allow", and what the
   * site's banner announced.
   */
  revoke(service: string, options: SubscribeOptions = {}): void {
    if (this.#passedOn.delete(service)) this.#adapterFor(options.cmp)?.decide?.(service, options, false);
    this.#clicked.delete(service);
    this.#announced.delete(service);
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

  /** A manager reported a change; when the visitor saved their choices there, those choices are the answer. */
  #managerChanged = (saved?: boolean): void => {
    if (saved) this.#clicked.clear();
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

import { localChoices } from './local-store.js';
import type { ConsentAdapter, ConsentDecision, ServiceOptions } from './types.js';

export interface SubscribeOptions extends ServiceOptions {
  /** Adapter to ask (`tcf`, `cookiebot`…, or `none`); default `data-np-cmp` on `<html>`, else the one detected. */
  cmp?: string;
}

export interface RequestOptions extends SubscribeOptions {
  /** The visitor ticked "always allow": kept in localStorage when the page has no consent manager. */
  remember?: boolean;
}

type Callback = (decision: ConsentDecision) => void;

interface Subscription {
  service: string;
  options: SubscribeOptions;
  callback: Callback;
  last: ConsentDecision;
}

/** How long to keep looking for a consent manager whose script loads after the widget. */
const detectionWindow = 10_000;
const detectionInterval = 250;

/**
 * The page's single consent state. Precedence: what a consent manager says, then what the
 * site's own banner said through the `np-consent` event, then (only without a consent
 * manager) the visitor's "always allow" in localStorage. A click on a placeholder grants the
 * service for this page view until the manager withdraws it.
 */
export class ConsentStore {
  readonly #subscriptions = new Set<Subscription>();
  readonly #watching = new Map<ConsentAdapter, () => void>();
  /** Decisions announced with the `np-consent` event. */
  readonly #announced = new Map<string, boolean>();
  /** Grants from a placeholder click, with the manager's answer at that moment. */
  readonly #clicked = new Map<string, ConsentDecision>();
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
    // Some managers (TCF) only answer listeners: watch them before asking.
    this.#detect();
    const adapter = this.#adapterFor(options.cmp);
    const managed = adapter?.decision(service, options) ?? 'unknown';
    const announced = this.#announced.get(service);
    const manager: ConsentDecision =
      managed !== 'unknown' ? managed : announced === undefined ? 'unknown' : announced ? 'granted' : 'denied';
    if (this.#clicked.has(service)) {
      // A withdrawal in the manager after the click wins over the click.
      if (manager !== 'denied' || this.#clicked.get(service) === 'denied') return 'granted';
      this.#clicked.delete(service);
    }
    if (manager !== 'unknown') return manager;
    return !adapter && localChoices.isAlwaysAllowed(service) ? 'granted' : 'unknown';
  }

  subscribe(service: string, callback: Callback, options: SubscribeOptions = {}): () => void {
    const subscription: Subscription = { service, options, callback, last: this.get(service, options) };
    this.#subscriptions.add(subscription);
    return () => this.#subscriptions.delete(subscription);
  }

  /** The visitor accepted on a placeholder: passed on to the manager where it can accept one service. */
  request(service: string, options: RequestOptions = {}): void {
    this.#detect();
    const adapter = this.#adapterFor(options.cmp);
    if (!adapter?.accept?.(service, options)) {
      this.#clicked.set(service, adapter?.decision(service, options) ?? 'unknown');
      if (options.remember && !adapter) localChoices.allowAlways(service);
    }
    this.#notify();
  }

  /** Forgets what this package holds for a service: a click, an announcement, "always allow". */
  revoke(service: string): void {
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

  #notify = (): void => {
    for (const subscription of this.#subscriptions) {
      const decision = this.get(subscription.service, subscription.options);
      if (decision === subscription.last) continue;
      subscription.last = decision;
      subscription.callback(decision);
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
        this.#watching.set(adapter, adapter.watch(this.#notify));
      }
      changed = true;
    }
    if (changed) this.#notify();
    return this.#watching.size > 0;
  }
}

import { defaultAdapters } from './adapters/index.js';
import { listenForAnnouncements } from './announcements.js';
import { ConsentStore, type RequestOptions, type SubscribeOptions } from './store.js';
import type { ConsentAdapter, ConsentDecision, ConsentState } from './types.js';

export type { ConsentAdapter, ConsentDecision, ConsentSource, ConsentState, ServiceOptions } from './types.js';
export type { RequestOptions, SubscribeOptions } from './store.js';
export { ConsentStore } from './store.js';
export { storageKey } from './local-store.js';
export { listenForAnnouncements, queueName, type Announcement } from './announcements.js';

// From the moment this package runs on the page, not from the first widget's first question: a
// site's banner that re-announces a stored choice on load is heard while the widgets still load.
listenForAnnouncements();

/*
 * One consent state per page, even when two bundles each carry a copy of this package
 * (a CDN widget and an npm-built embed): the first copy to load creates it, the others use it.
 */
const pageKey = Symbol.for('npower.consent.store');
const page = globalThis as typeof globalThis & { [pageKey]?: ConsentStore };

function store(): ConsentStore {
  return (page[pageKey] ??= new ConsentStore(defaultAdapters()));
}

/** What is known of the visitor's choice for a service: `granted`, `denied` or `unknown`. */
export const get = (service: string, options?: SubscribeOptions): ConsentDecision => store().get(service, options);

/** The decision for a service, where it comes from (manager, site, click, "always allow"), and which controls would work. */
export const state = (service: string, options?: SubscribeOptions): ConsentState => store().state(service, options);

/** Calls `callback` when the decision for a service, or where it comes from, changes; returns the way to unsubscribe. */
export const subscribe = (
  service: string,
  callback: (decision: ConsentDecision) => void,
  options?: SubscribeOptions,
): (() => void) => store().subscribe(service, callback, options);

/** The visitor accepted a service on a placeholder. */
export const request = (service: string, options?: RequestOptions): void => store().request(service, options);

/**
 * Takes back what the visitor gave on a placeholder: this page view's click (refused in the
 * consent manager too, where the click was passed on to it), "always allow", and the site
 * banner's announcement.
 */
export const revoke = (service: string, options?: SubscribeOptions): void => store().revoke(service, options);

/** Opens the consent manager's preferences; without one, fires `np-consent-preferences` on `document`. */
export const openPreferences = (service?: string, options?: SubscribeOptions): void =>
  store().openPreferences(service, options);

/** Teaches the page's consent state a manager this package does not know. */
export const addAdapter = (adapter: ConsentAdapter): void => store().addAdapter(adapter);

declare global {
  interface DocumentEventMap {
    /** A site's own banner announces a decision: `{ service: 'youtube', granted: true }`. */
    'np-consent': CustomEvent<{ service: string; granted: boolean }>;
    /**
     * Asked to open the cookie preferences when the page has no consent manager. Widgets offer
     * the control only when `<html data-np-consent-preferences>` says the site answers it.
     */
    'np-consent-preferences': CustomEvent<{ service?: string }>;
  }
}
export * from './adapters/index.js';

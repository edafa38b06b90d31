/** What a site's own banner says of one service. */
export interface Announcement {
  service: string;
  granted: boolean;
}

type Listener = (announcement: Announcement) => void;

/** Every announcement heard on the page, the latest per service, shared by every copy of this package. */
export interface Inbox {
  readonly heard: Map<string, boolean>;
  readonly listeners: Set<Listener>;
}

const inboxKey = Symbol.for('npower.consent.announcements');

/**
 * The queue a banner that runs before any N-POWER script pushes to, as analytics tags do:
 * `(window.npConsent = window.npConsent || []).push({ service: 'youtube', granted: true })`.
 */
export const queueName = 'npConsent';

const isAnnouncement = (value: unknown): value is Announcement =>
  !!value &&
  typeof (value as Announcement).service === 'string' &&
  typeof (value as Announcement).granted === 'boolean';

/**
 * Starts hearing the site's banner: the `np-consent` event, and what it queued before this ran.
 * Called when this package's module is evaluated (the loader, the all-in-one file, a widget's
 * file or an app's bundle), not when the first widget asks: a banner that re-announces a stored
 * choice on load is heard even while the widgets' own code is still on its way.
 */
export function listenForAnnouncements(): Inbox {
  const page = globalThis as typeof globalThis & { [inboxKey]?: Inbox } & Record<string, unknown>;
  const existing = page[inboxKey];
  if (existing) return existing;
  const inbox: Inbox = { heard: new Map(), listeners: new Set() };
  page[inboxKey] = inbox;
  const hear = (value: unknown): void => {
    if (!isAnnouncement(value)) return;
    inbox.heard.set(value.service, value.granted);
    inbox.listeners.forEach((listener) => listener(value));
  };
  document.addEventListener('np-consent', (event) => hear((event as CustomEvent<unknown>).detail));
  const queued = page[queueName];
  if (Array.isArray(queued)) queued.forEach(hear);
  // Later pushes are heard at once, like the event.
  page[queueName] = {
    push: (...announcements: unknown[]) => {
      announcements.forEach(hear);
      return announcements.length;
    },
  };
  return inbox;
}

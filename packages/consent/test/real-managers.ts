import { expect, waitUntil } from '@open-wc/testing';
import type { ConsentStore } from '../src/store.js';
import type { ConsentDecision } from '../src/types.js';

/** Waits for a control of a manager's own interface, then clicks it. */
export async function clickWhenThere(selector: string): Promise<void> {
  await waitUntil(() => document.querySelector(selector), `no ${selector}`, { timeout: 5000 });
  document.querySelector<HTMLElement>(selector)!.click();
}

/** Subscribes to youtube and keeps every decision received. */
export function follow(store: ConsentStore, options = {}) {
  const received: ConsentDecision[] = [];
  store.subscribe('youtube', (decision) => received.push(decision), options);
  return {
    received,
    last: () => received.at(-1),
    /** Waits for the decision, as managers answer some actions a task later. */
    becomes: (decision: ConsentDecision) => waitUntil(() => received.at(-1) === decision, `never ${decision}: ${received.join(', ')}`),
  };
}

export const cookieNamed = (name: string) => document.cookie.split('; ').some((cookie) => cookie.startsWith(`${name}=`));

export function forgetCookie(name: string): void {
  for (const domain of ['', `; domain=${location.hostname}`]) document.cookie = `${name}=; Max-Age=0; path=/${domain}`;
  expect(cookieNamed(name)).to.equal(false);
}

import { expect, waitUntil } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import { openPage } from '../../../test-support/pages.js';
import { axeTags } from '../../../test-support/axe-tags.js';

/** What test-support/page-probe.js heard on a page. */
export interface Probe {
  errors: string[];
  warnings: string[];
  violations: string[];
}

export type ProbedWindow = Window & {
  npProbe: Probe;
  axe: { run(context: Node, options: RunOptions): Promise<AxeResults> };
};

export const widgetTags = ['np-breadcrumb', 'np-consent-video', 'np-funding-breakdown', 'np-partner-list', 'np-contact-card'] as const;

export const cdnFolder = '/packages/widgets/dist/cdn/';

export const clean = (value: string | null | undefined) => (value ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/**
 * Opens an example page as served to a city's visitors, with the probe and axe written in by the
 * test server (scripts/example-pages.mjs); `entry` swaps its CDN file for another.
 */
export async function openExample(path: string, entry?: string): Promise<ProbedWindow> {
  const query = new URLSearchParams({ probe: '' });
  if (entry) query.set('entry', entry);
  const frame = await openPage({ src: `${path}?${query}` }, 1000, 1200);
  return frame.contentWindow as ProbedWindow;
}

/** A page written by the test, with the probe first: `head` and `body` are HTML. */
export async function openProbedPage(head: string, body: string): Promise<ProbedWindow> {
  const frame = await openPage({
    srcdoc: `<!doctype html><html lang="fr"><head><meta charset="utf-8">${head}<script src="/test-support/page-probe.js"></script></head><body>${body}</body></html>`,
  });
  return frame.contentWindow as ProbedWindow;
}

/**
 * A CSP as the guide gives it. The origin by name, not 'self': Firefox does not match 'self' in
 * a srcdoc frame. The probe's own script is allowed by it.
 */
export const strictPolicy = (trustedTypes = 'trusted-types lit-html', scriptSources = '') =>
  `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${location.origin} ${scriptSources}; style-src ${location.origin}; img-src ${location.origin}; require-trusted-types-for 'script'; ${trustedTypes}">`;

/** Waits until every element named is defined and rendered. */
export async function rendered(page: Window, tags: readonly string[] = widgetTags): Promise<void> {
  await Promise.all(tags.map((tag) => page.customElements.whenDefined(tag)));
  const widgets = tags.flatMap((tag) => [...page.document.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(tag)]);
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  // Violations and errors are reported in tasks of their own: let them arrive.
  await new Promise((resolve) => setTimeout(resolve, 300));
}

/** Waits for the probe to hear something, for the tests that expect a refusal. */
export const heard = (page: ProbedWindow, what: keyof Probe, message: string) =>
  waitUntil(() => page.npProbe[what].length > 0, message, { timeout: 8000 });

/** The scripts the page fetched from the CDN folder, by their path in it. */
export function fetchedScripts(page: Window, folder = cdnFolder): string[] {
  return page.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes(folder) && path.endsWith('.js'))
    .map((path) => path.slice(path.indexOf(folder) + folder.length))
    .sort();
}

/** axe-core with the WCAG 2.2 AA and best-practice rules, in the page's own window (no script injected by the test). */
export async function axeViolations(page: ProbedWindow): Promise<string[]> {
  // A whole page: the page-level rules (landmarks) apply too.
  const results = await page.axe.run(page.document, { runOnly: { type: 'tag', values: axeTags } });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** What the N-POWER page shows once its five widgets have upgraded, in French. */
export function expectNPowerPage(page: Window): void {
  const shadow = (tag: string) => page.document.querySelector(tag)!.shadowRoot!;

  const breadcrumb = shadow('np-breadcrumb');
  expect(breadcrumb.querySelector('nav')!.getAttribute('aria-label')).to.equal('Vous êtes ici');
  expect(breadcrumb.querySelectorAll('a')).to.have.length(5);
  expect(clean(breadcrumb.querySelector('[aria-current="page"]')!.textContent)).to.equal('Projet Interreg EMR N-POWER');

  const video = shadow('np-consent-video');
  expect(clean(video.querySelector('[part="notice"]')!.textContent)).to.equal('Cette fonctionnalité nécessite l’acceptation des cookies.');
  expect(video.querySelector('iframe')).to.equal(null);

  const funding = shadow('np-funding-breakdown');
  expect([...funding.querySelectorAll('tbody td:last-child')].map((cell) => clean(cell.textContent))).to.deep.equal([
    '269 674,79 €',
    '215 739,83 €',
    '53 934,96 €',
  ]);

  const partners = shadow('np-partner-list');
  expect([...partners.querySelectorAll('[part="list"]')].map((list) => list.children.length)).to.deep.equal([2, 8, 3]);
  expect(clean(partners.querySelector('[part="count"]')!.textContent)).to.equal('13 partenaires');

  const contact = shadow('np-contact-card');
  expect(clean(contact.querySelector('[part="heading"]')!.textContent)).to.equal('Maison de quartier de Droixhe');
  expect(contact.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+3240001234');

  // Each widget is on screen, not just in the DOM.
  for (const tag of widgetTags) expect(page.document.querySelector(tag)!.getBoundingClientRect().height, tag).to.be.greaterThan(0);
}

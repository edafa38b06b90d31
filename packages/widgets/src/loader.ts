/**
 * `np-loader.js`: one tag for a CMS theme to put on every page. It defines only the widgets
 * whose tags are in the document, now or later (a block the CMS or a script inserts after
 * load), each from its own chunk next to this file. The chunks share one runtime chunk (Lit
 * and core), so a page with three widgets loads Lit once, and a page with none loads nothing.
 *
 * Nothing is imported statically here: this file must stay a few hundred bytes, and a page
 * without widgets must not pay for Lit.
 */

import { listenForAnnouncements } from '@npower/consent/announcements.js';

// Rollup turns each import() into a path relative to this file (`./np-breadcrumb-<hash>.js`),
// which the browser resolves against this module's own URL: the folder can be served from anywhere.
const chunks: Record<string, () => Promise<unknown>> = {
  'np-breadcrumb': () => import('@npower/breadcrumb/define.js'),
  'np-consent-video': () => import('@npower/consent-video/define.js'),
  'np-funding-breakdown': () => import('@npower/funding-breakdown/define.js'),
  'np-partner-list': () => import('@npower/partner-list/define.js'),
  'np-contact-card': () => import('@npower/contact-card/define.js'),
};

/**
 * Tags not asked for yet. Each is asked for once per page view: a chunk that failed (network,
 * refused by integrity) is not asked for again, since Chromium and Firefox keep a failed module
 * for the page's life and would fail the same way; the widget stays the HTML it was written as.
 */
const waiting = new Set(Object.keys(chunks));
const observers: MutationObserver[] = [];

function load(tag: string): void {
  waiting.delete(tag);
  // Another file on the page (a standalone np-<name>.js, np-widgets.js) may have defined it already.
  if (customElements.get(tag)) return;
  chunks[tag]!().catch((error: unknown) => console.error(`np-loader: <${tag}> could not be loaded`, error));
}

function scan(node: Node): void {
  if (!waiting.size || !(node instanceof Element || node instanceof DocumentFragment || node instanceof Document)) return;
  for (const tag of waiting) {
    if ((node instanceof Element && node.localName === tag) || node.querySelector(tag)) load(tag);
  }
  if (!waiting.size) for (const observer of observers.splice(0)) observer.disconnect();
}

/**
 * Defines the widgets used under `root` and keeps watching it for widgets added later.
 * The document is watched from the start; call this for a shadow root of your own that
 * holds widgets, which the document's observer cannot see into.
 */
export function upgrade(root: Document | ShadowRoot | Element = document): void {
  scan(root);
  if (!waiting.size) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(scan);
  });
  observer.observe(root, { childList: true, subtree: true });
  observers.push(observer);
}

// The site's banner may announce a choice before the video's chunk arrives (on DOMContentLoaded,
// say): what it says is kept for the video from now on.
listenForAnnouncements();
upgrade();

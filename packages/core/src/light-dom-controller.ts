import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { structuredDataSelector } from './structured-data.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Calls `read` when the widget connects and whenever the CMS markup inside it changes
 * (a live editor, a script that adds an item), so the rendered widget never drifts from
 * the plain HTML that visitors without JavaScript and crawlers see.
 */
export class LightDomController implements ReactiveController {
  readonly #observer: MutationObserver;
  readonly #host: Host;
  readonly #read: () => void;

  constructor(host: Host, read: () => void) {
    this.#host = host;
    this.#read = read;
    // The widget's own structured-data block is no markup of the CMS: writing it after a render must
    // not read the items again and render a second time.
    this.#observer = new MutationObserver((records) => {
      if (!records.every(isStructuredDataWrite)) this.#read();
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.#read();
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }
}

/**
 * The widget's structured-data block added or replaced. It is built before it is attached, so
 * nothing inside it ever changes under the observer.
 */
const isStructuredDataWrite = (record: MutationRecord): boolean =>
  record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every((node) => (node as Element).matches?.(structuredDataSelector));

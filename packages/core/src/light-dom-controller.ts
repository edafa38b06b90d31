import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
    // The widget's own structured-data block also triggers a read; it reads the same items, and the
    // block is only replaced when it would differ, so this settles after one extra render.
    this.#observer = new MutationObserver(() => this.#read());
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

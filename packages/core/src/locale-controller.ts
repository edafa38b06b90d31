import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale, type Language } from './locale.js';
import { messagesFor, type Catalogue } from './messages.js';

type Host = ReactiveControllerHost & HTMLElement;

const connected = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function refreshAll(): void {
  for (const controller of connected) controller.refresh();
}

/** One observer for the whole page, so a hundred widgets cost one callback per `lang` change. */
function observe(host: HTMLElement): void {
  if (!observer) {
    observer = new MutationObserver(refreshAll);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  // Hosts inside other shadow roots are not in the document's subtree.
  observer.observe(host, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * Keeps a widget's locale in step with its own `lang`, its ancestors' and `<html lang>`,
 * and asks the widget to render again when it changes.
 */
export class LocaleController implements ReactiveController {
  /** Canonical BCP 47 tag for `Intl` formatting, for example `fr-BE`. */
  tag = 'en';

  /** The supported language whose messages are shown. */
  language: Language = 'en';

  /**
   * Set only on a page in a language the widget does not speak (WCAG 3.1.2): `lang` for the
   * widget's own texts, which are in English then. Bound with `ifDefined`.
   */
  ownLang?: string;

  /** Set with `ownLang`: `lang` for the page's content shown among them (`''`: unknown). */
  pageLang?: string;

  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  messages<Messages extends object>(catalogue: Catalogue<Messages>): Messages {
    return messagesFor(catalogue, this.tag, this.language);
  }

  hostConnected(): void {
    connected.add(this);
    observe(this.#host);
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** The `lang` of a text shown in the widget: the page's when an editor wrote it, else the widget's own. */
  langOf(written: unknown): string | undefined {
    return written ? this.pageLang : this.ownLang;
  }

  refresh(): void {
    const { tag, language, page } = resolveLocale(this.#host);
    const pageLang = tag === page ? undefined : page;
    if (tag === this.tag && pageLang === this.pageLang) return;
    this.tag = tag;
    this.language = language;
    this.ownLang = pageLang === undefined ? undefined : tag;
    this.pageLang = pageLang;
    this.#host.requestUpdate();
  }
}

import { LitElement } from 'lit';
import { LocaleController } from './locale-controller.js';
import { baseStyles } from './styles.js';

/** What every N-POWER widget shares: locale tracking, base styles and one way to report bad input. */
export abstract class NpElement extends LitElement {
  /** The package version, compared by `defineElement` when a tag is registered twice. */
  static readonly version: string = '0.0.0';

  static override styles = [baseStyles];

  protected readonly locale = new LocaleController(this);

  /** Reports bad input, naming the attribute or property at fault. */
  protected warn(attribute: string, message: string): void {
    console.warn(`<${this.localName}> ${attribute}: ${message}`);
  }
}

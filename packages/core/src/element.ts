import { LitElement } from 'lit';
import { LocaleController } from './locale-controller.js';
import { baseStyles } from './styles.js';
import { invalidValue } from './warnings.js';

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

  /**
   * Reports a value that is not accepted, in the one wording every widget uses, so that an
   * editor who searches the console for `invalid` finds every problem of the page:
   * `<np-contact-card> heading-level: invalid "7", expected 2, 3, 4, 5, 6`.
   */
  protected warnInvalid(attribute: string, value: unknown, expected?: string): void {
    this.warn(attribute, invalidValue(value, expected));
  }

  /**
   * Warns unless `value` is one of `accepted`; `null` and `undefined` (attribute removed, default
   * in use) are accepted. Returns whether the value can be used.
   */
  protected acceptOneOf<T>(attribute: string, value: T | null | undefined, accepted: readonly T[]): boolean {
    if (value == null || accepted.includes(value)) return true;
    this.warnInvalid(attribute, value, accepted.join(', '));
    return false;
  }
}

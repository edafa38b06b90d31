import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** The heading levels a widget may use: `<h1>` is the page's own. */
export const headingLevels: readonly number[] = [2, 3, 4, 5, 6];

/**
 * A heading at the level the host page needs (a widget under an `<h2>` wants `<h3>`), without
 * static templates: levels outside 2–6 fall back to `fallback`, as `<h1>` is the page's own.
 */
export function heading(level: number, content: unknown, part = 'heading', fallback = 3, lang?: string): TemplateResult {
  switch (headingLevels.includes(level) ? level : fallback) {
    case 2:
      return html`<h2 part=${part} lang=${ifDefined(lang)}>${content}</h2>`;
    case 4:
      return html`<h4 part=${part} lang=${ifDefined(lang)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} lang=${ifDefined(lang)}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} lang=${ifDefined(lang)}>${content}</h6>`;
    default:
      return html`<h3 part=${part} lang=${ifDefined(lang)}>${content}</h3>`;
  }
}

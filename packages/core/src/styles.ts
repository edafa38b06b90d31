import { css } from 'lit';

/**
 * Styles every widget starts from: the host page's font and colours, a visible focus ring,
 * forced colours (Windows High Contrast) and reduced motion respected. No colour ever carries
 * meaning alone, so forced colours need no other rule.
 *
 * Shared custom properties (each widget documents its own as well):
 * - `--np-link-color`: link colour, default the surrounding text colour (links stay underlined).
 * - `--np-focus-ring-color`: focus outline colour, default the current text colour.
 * - `--np-focus-ring-width`: focus outline width, default `2px`.
 * - `--np-gap`: base spacing, default `0.5em`.
 */
export const baseStyles = css`
  /* Font and colour are not set: they inherit from the host page. */
  :host {
    display: block;
    box-sizing: border-box;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }

  a {
    color: var(--np-link-color, inherit);
    text-underline-offset: 0.15em;
  }

  /* Links keep their colour (the host's); a thicker underline shows the pointer is on one. */
  a:hover {
    text-decoration-thickness: 0.125em;
  }

  :focus-visible {
    outline: var(--np-focus-ring-width, 2px) solid var(--np-focus-ring-color, currentColor);
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  /* System colours already replace ours; a transparent outline would vanish, so name one. */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

import { css } from 'lit';

/**
 * Styles every widget starts from: the host page's font and colours, a visible focus ring,
 * 24 px targets, forced colours (Windows High Contrast) respected. No colour ever carries
 * meaning alone, so forced colours need no other rule. Nothing a widget draws moves (no
 * transition, animation or smooth scrolling; `@npower/widgets` tests it), so reduced motion needs
 * no rule either.
 *
 * The page-level tokens every widget reads are listed in `tokens.json` (the contract cities
 * theme against); a widget reads its own token first, then the shared one, then its default.
 * Most have no fallback here: an unset custom property leaves an inherited property inherited
 * (the host's) and a non-inherited one at its initial value, which is the default wanted.
 */
export const baseStyles = css`
  /* Colour, and the font unless --np-font-family names one, inherit from the host page:
     an unset var() makes an inherited property inherit. */
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--np-font-family);
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
    color: var(--np-link-color, var(--np-accent));
    text-underline-offset: 0.15em;
  }

  /* Links keep their colour (the host's); a thicker underline shows the pointer is on one. */
  a:hover {
    text-decoration-thickness: 0.125em;
  }

  /*
   * WCAG 2.4.7, 2.4.13 and 1.4.11: two rings, black outside and white inside (technique C40),
   * so that one of them contrasts at least 3:1 with any component and any page behind it,
   * light or dark; currentColor could not promise that.
   */
  :focus-visible,
  label:has(:focus-visible) {
    outline: var(--np-focus-ring-width, 2px) solid var(--np-focus-ring-color, #000);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--np-focus-ring-inner-color, #fff);
  }

  /* A checkbox or radio button shows focus around its whole label: WebKit draws no box-shadow on it. */
  label > :focus-visible {
    outline: none;
  }

  /* A widget's own headings cannot take the page's heading colour through the shadow root. */
  [part='heading'] {
    color: var(--np-accent);
  }

  /* One look for the buttons widgets draw (each sets its padding): the host's font; the border
     follows the text colour so that it keeps the text's contrast (WCAG 1.4.11). */
  button {
    border: 1px solid;
    border-radius: var(--np-radius, 0.25em);
    background: var(--np-surface);
    color: var(--np-accent);
    font: inherit;
    cursor: pointer;
  }

  /* WCAG 2.5.8: every link and button is a target of at least 24 × 24 CSS px, text centred. */
  a,
  button,
  label {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    min-inline-size: 24px;
  }

  /* System colours already replace ours; a transparent outline would vanish, so name one. */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

import { css } from 'lit';

export const contactCardStyles = css`
  [part='heading'],
  p {
    margin: 0;
  }

  dl {
    display: grid;
    grid-template-columns: minmax(auto, var(--np-contact-label-width, 9em)) 1fr;
    gap: 0 1em;
    margin: 1em 0;
  }

  dt {
    font-weight: 700;
  }

  /* Space after each value, none between a label and its value when they stack. */
  dd {
    margin: 0 0 0.5em;
    overflow-wrap: anywhere;
  }

  address {
    font-style: normal;
  }

  button {
    color: var(--np-contact-button-color, var(--np-accent));
    background: var(--np-contact-button-background, var(--np-surface));
    padding: 0.125em 0.5em;
  }

  [part='download'] {
    margin-block-start: 0.5em;
  }

  [part='copy'] {
    margin-inline-start: 0.5em;
    font-size: 0.875em;
  }

  /* One column when the CMS column is narrow: labels above their values. */
  @container (max-width: 24em) {
    dl {
      grid-template-columns: 1fr;
    }
  }

  :host {
    container-type: inline-size;
  }
`;

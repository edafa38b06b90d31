import { css } from 'lit';

export const breadcrumbStyles = css`
  nav,
  ol {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.25em;
  }

  ol {
    margin: 0;
    padding: 0;
    list-style: none;
    gap: 0;
  }

  [part='label']::after {
    content: ':';
  }

  /* French typography puts a space before a colon. */
  :host(:lang(fr)) [part='label']::after {
    content: '\\a0:';
  }

  .separator::before {
    content: var(--np-breadcrumb-separator, '/');
    display: inline-block;
    margin-inline: var(--np-breadcrumb-gap, var(--np-gap, 0.5em));
    /* No fallback needed: an unset custom property leaves an inherited property inherited. */
    color: var(--np-breadcrumb-separator-color);
  }

  /* Slashes and chevrons point the other way when the trail reads right to left. */
  :host(:dir(rtl)) .separator::before {
    transform: scaleX(-1);
  }

  [aria-current='page'] {
    font-weight: var(--np-breadcrumb-current-font-weight);
  }

  button {
    padding: 0 0.35em;
  }
`;

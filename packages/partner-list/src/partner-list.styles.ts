import { css } from 'lit';

export const partnerListStyles = css`
  /* The layout follows the space the CMS column gives, not the window. */
  :host {
    container-type: inline-size;
  }

  h2,
  h3,
  h4,
  h5,
  h6,
  p {
    margin: 0 0 0.5em;
  }

  [part='list'] {
    display: grid;
    gap: var(--np-partner-gap, calc(2 * var(--np-gap, 0.5em)));
    margin: 0 0 1.5em;
    padding: 0;
    list-style: none;
  }

  :host([layout='grid']) [part='list'] {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--np-partner-card-min-width, 14em)), 1fr));
  }

  [part='partner'] {
    display: flex;
    gap: 0.5em 1em;
    align-items: flex-start;
  }

  :host([layout='grid']) [part='partner'] {
    flex-direction: column;
    padding: 1em;
    border: 1px solid var(--np-partner-border-color, var(--np-border-color, currentColor));
    border-radius: var(--np-partner-radius, var(--np-radius, 0.25em));
    background: var(--np-partner-background, var(--np-surface));
  }

  [part='logo'] {
    flex: none;
    inline-size: auto;
    block-size: auto;
    max-inline-size: var(--np-partner-logo-max-width, 8em);
    max-block-size: var(--np-partner-logo-max-height, 4em);
    object-fit: contain;
  }

  [part='name'] {
    font-weight: 700;
  }

  [part='name'],
  [part='place'],
  [part='description'] {
    display: block;
  }

  [part='filter-group'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0 0 0.75em;
    padding: 0;
    border: 0;
  }

  legend {
    float: inline-start;
    margin-inline-end: 0.5em;
    padding: 0;
    font-weight: 700;
  }

  label {
    white-space: nowrap;
  }

  input {
    accent-color: var(--np-accent);
  }

  [part='warning'] {
    border-inline-start: 0.25em solid var(--np-partner-warning-color, var(--np-warning-color, #b45309));
    padding-inline-start: 0.5em;
  }

  /* A narrow column puts the logo above the name in the list layout too. */
  @container (max-width: 28em) {
    [part='partner'] {
      flex-direction: column;
    }
  }
`;

import { css } from 'lit';

export const fundingBreakdownStyles = css`
  p,
  [part='heading'] {
    margin: 0 0 0.5em;
  }

  /* An h2's size at every level: heading-level fits the page's outline, not a look. */
  [part='heading'] {
    font-size: 1.5em;
  }

  [part='heading'],
  [part='total'],
  [part='eu'],
  tfoot {
    font-weight: 700;
  }

  table {
    border-collapse: collapse;
  }

  /* WCAG 1.4.10: at 320 px a long fund name ("développement") breaks rather than widen the page. */
  caption,
  th {
    text-align: start;
    overflow-wrap: anywhere;
  }

  th,
  td {
    padding: 0.25em 0.75em 0.25em 0;
    border-block-end: 1px solid var(--np-funding-rule-color, var(--np-border-color, currentColor));
  }

  td {
    text-align: end;
  }

  .bar {
    display: block;
    inline-size: 100%;
    block-size: var(--np-funding-bar-height, 2em);
  }

  .donut {
    inline-size: var(--np-funding-donut-size, 10em);
  }

  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    padding: 0;
    list-style: none;
  }

  li svg {
    inline-size: 1em;
  }

  .c0 { fill: var(--np-funding-color-1, #0072b2); }
  .c1 { fill: var(--np-funding-color-2, #e69f00); }
  .c2 { fill: var(--np-funding-color-3, #009e73); }
  .c3 { fill: var(--np-funding-color-4, #cc79a7); }
  .c4 { fill: var(--np-funding-color-5, #56b4e9); }
  .c5 { fill: var(--np-funding-color-6, #d55e00); }

  path {
    stroke: var(--np-funding-mark-color, #fff);
    stroke-width: 0.8;
    stroke-linecap: round;
  }

  [part='warning'] {
    border-inline-start: 0.25em solid var(--np-funding-warning-color, var(--np-warning-color, #b45309));
    padding-inline-start: 0.5em;
  }

  [part='eu'] {
    display: flex;
    align-items: center;
    gap: 0.75em;
  }

  [part='eu-emblem'] {
    block-size: var(--np-funding-emblem-height, 3em);
  }

  /* On paper the table and chart stay whole; patterns tell sources apart in black and white. */
  @media print {
    table,
    svg {
      break-inside: avoid;
    }
  }
`;

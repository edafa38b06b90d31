import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type ChartStyle = 'bar' | 'donut' | 'none';

export interface Slice {
  label: string;
  /** Percent of the total. */
  share: number;
  /** Where the label is not in the language around it (WCAG 3.1.2). */
  lang?: string;
}

/**
 * A mark over each colour, so that no two slices differ by colour alone: stripes one way,
 * the other way, dots, crosses, plain, horizontal lines.
 */
const marks = ['M0 4L4 0', 'M0 0L4 4', 'M2 2h0', 'M0 2h4M2 0v4', '', 'M0 1h4M0 3h4'];

const fill = (index: number) => `url(#p${index})`;

/**
 * The chart and its legend, drawn from the same numbers as the table and hidden from
 * assistive technology, which reads the table; the table beside it gives the figures. A donut is a circle of circumference 100
 * whose dashes are the percentages.
 */
export function chart(style: ChartStyle, slices: Slice[]): TemplateResult | typeof nothing {
  if (style === 'none' || !slices.length) return nothing;
  const donut = style === 'donut';
  let start = 0;
  return html`<div part="chart" aria-hidden="true">
    <svg class=${donut ? "donut" : "bar"} viewBox=${donut ? '0 0 42 42' : '0 0 100 8'} preserveAspectRatio=${donut ? 'xMidYMid' : 'none'}>
      <defs>
        ${slices.map(
          (_, index) => svg`<pattern id=${`p${index}`} width="4" height="4" patternUnits="userSpaceOnUse">
            <rect class=${`c${index % 6}`} width="4" height="4" />
            <path d=${marks[index % 6]} />
          </pattern>`,
        )}
      </defs>
      ${slices.map(({ share }, index) => {
        const from = start;
        start += share;
        return donut
          ? svg`<circle cx="21" cy="21" r="15.9155" fill="none" stroke-width="8" stroke=${fill(index)}
              stroke-dasharray=${`${share} ${100 - share}`} stroke-dashoffset=${25 - from} />`
          : svg`<rect x=${from} width=${share} height="8" fill=${fill(index)} />`;
      })}
    </svg>
    <ul>
      ${slices.map(
        ({ label, lang }, index) => html`<li lang=${ifDefined(lang)}>
          <svg viewBox="0 0 4 4"><rect width="4" height="4" fill=${fill(index)} /></svg>
          ${label}
        </li>`,
      )}
    </ul>
  </div>`;
}

// Plain-DOM funding breakdown: the same heading, total, table, bar chart (a pattern over each
// colour, so that no two sources differ by colour alone) and legend as <np-funding-breakdown>,
// amounts formatted with Intl as the widget does.
import { addStyles, h, svg } from './dom.js';

addStyles(`
  plain-funding-breakdown { display: block; }
  plain-funding-breakdown h2 { font-size: 1.5em; margin: 0 0 0.5em; }
  plain-funding-breakdown p { margin: 0 0 0.5em; font-weight: 700; }
  plain-funding-breakdown table { border-collapse: collapse; }
  plain-funding-breakdown caption, plain-funding-breakdown th { text-align: start; }
  plain-funding-breakdown th, plain-funding-breakdown td { padding: 0.25em 0.75em 0.25em 0; border-block-end: 1px solid; }
  plain-funding-breakdown td { text-align: end; }
  plain-funding-breakdown tfoot { font-weight: 700; }
  plain-funding-breakdown .bar { display: block; inline-size: 100%; block-size: 2em; }
  plain-funding-breakdown ul { display: flex; flex-wrap: wrap; gap: 1em; padding: 0; list-style: none; }
  plain-funding-breakdown li svg { inline-size: 1em; }
  plain-funding-breakdown .c0 { fill: #0072b2; } plain-funding-breakdown .c1 { fill: #e69f00; } plain-funding-breakdown .c2 { fill: #009e73; }
  plain-funding-breakdown path { stroke: #fff; stroke-width: 0.8; stroke-linecap: round; }
`);

const funds = { FEDER: 'Fonds européen de développement régional (FEDER)' };
const money = new Intl.NumberFormat('fr', { style: 'currency', currency: 'EUR' });
const percent = new Intl.NumberFormat('fr', { style: 'percent' });
const marks = ['M0 4L4 0', 'M0 0L4 4', 'M2 2h0'];

let breakdownIndex = 0;
for (const breakdown of document.querySelectorAll('plain-funding-breakdown')) {
  // Light DOM: pattern ids must differ from one breakdown to the next.
  const id = (index) => `f${breakdownIndex}p${index}`;
  breakdownIndex++;
  const total = Number(breakdown.getAttribute('total'));
  const sources = [...breakdown.querySelectorAll('li')].map((item) => {
    const [, name, share] = item.textContent.trim().match(/^(.*?)\s*([\d.,]+)\s*%$/);
    return { name: funds[name] ?? name, share: Number(share.replace(',', '.')) / 100 };
  });
  let x = 0;
  const chart = svg(
    'svg',
    { class: 'bar', viewBox: '0 0 100 8', preserveAspectRatio: 'none' },
    svg(
      'defs',
      {},
      ...sources.map((_, index) =>
        svg('pattern', { id: id(index), width: 4, height: 4, patternUnits: 'userSpaceOnUse' }, svg('rect', { class: `c${index}`, width: 4, height: 4 }), svg('path', { d: marks[index] })),
      ),
    ),
    ...sources.map(({ share }, index) => {
      const bar = svg('rect', { x, width: share * 100, height: 8, fill: `url(#${id(index)})` });
      x += share * 100;
      return bar;
    }),
  );
  const legend = h(
    'ul',
    {},
    sources.map(({ name }, index) => h('li', {}, svg('svg', { viewBox: '0 0 4 4' }, svg('rect', { width: 4, height: 4, fill: `url(#${id(index)})` })), ' ', name)),
  );
  const row = (header, share, amount, cell = 'td') => h('tr', {}, h('th', { scope: 'row' }, header), h(cell, {}, percent.format(share)), h(cell, {}, money.format(amount)));
  breakdown.replaceChildren(
    h('h2', {}, 'Budget'),
    h('p', {}, money.format(total)),
    h('div', { 'aria-hidden': 'true' }, chart, legend),
    h(
      'table',
      {},
      h('caption', {}, 'Qui finance le projet'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Source'), h('th', { scope: 'col' }, 'Part'), h('th', { scope: 'col' }, 'Montant'))),
      h('tbody', {}, sources.map(({ name, share }) => row(name, share, total * share))),
      h('tfoot', {}, row('Total', 1, total)),
    ),
  );
}

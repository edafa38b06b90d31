// Plain-DOM funding breakdown: the same heading, total, table and bar chart as
// <np-funding-breakdown>, amounts formatted with Intl as the widget does.
import { addStyles, h } from './dom.js';

addStyles(`
  plain-funding-breakdown { display: block; }
  plain-funding-breakdown h2 { font-size: 1.5em; margin: 0 0 0.5em; }
  plain-funding-breakdown p { margin: 0 0 0.5em; font-weight: 700; }
  plain-funding-breakdown table { border-collapse: collapse; }
  plain-funding-breakdown caption, plain-funding-breakdown th { text-align: start; }
  plain-funding-breakdown th, plain-funding-breakdown td { padding: 0.25em 0.75em 0.25em 0; border-block-end: 1px solid; }
  plain-funding-breakdown td { text-align: end; }
  plain-funding-breakdown svg { display: block; inline-size: 100%; block-size: 2em; }
  plain-funding-breakdown .c0 { fill: #0072b2; } plain-funding-breakdown .c1 { fill: #e69f00; } plain-funding-breakdown .c2 { fill: #009e73; }
`);

const funds = { FEDER: 'Fonds européen de développement régional (FEDER)' };
const money = new Intl.NumberFormat('fr', { style: 'currency', currency: 'EUR' });
const percent = new Intl.NumberFormat('fr', { style: 'percent' });
const svgNs = 'http://www.w3.org/2000/svg';

for (const breakdown of document.querySelectorAll('plain-funding-breakdown')) {
  const total = Number(breakdown.getAttribute('total'));
  const sources = [...breakdown.querySelectorAll('li')].map((item) => {
    const [, name, share] = item.textContent.trim().match(/^(.*?)\s*([\d.,]+)\s*%$/);
    return { name: funds[name] ?? name, share: Number(share.replace(',', '.')) / 100 };
  });
  const chart = document.createElementNS(svgNs, 'svg');
  chart.setAttribute('viewBox', '0 0 100 10');
  chart.setAttribute('preserveAspectRatio', 'none');
  chart.setAttribute('aria-hidden', 'true');
  let x = 0;
  sources.forEach(({ share }, index) => {
    const bar = document.createElementNS(svgNs, 'rect');
    for (const [name, value] of Object.entries({ x, y: 0, width: share * 100, height: 10, class: `c${index}` })) bar.setAttribute(name, value);
    chart.append(bar);
    x += share * 100;
  });
  const row = (header, share, amount, cell = 'td') => h('tr', {}, h('th', { scope: 'row' }, header), h(cell, {}, percent.format(share)), h(cell, {}, money.format(amount)));
  breakdown.replaceChildren(
    h('h2', {}, 'Budget'),
    h('p', {}, money.format(total)),
    chart,
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

// Plain-DOM partner list: the same filters, live count, group headings and lists as
// <np-partner-list filter>, from the same JSON, sorted with Intl.Collator as the widget does.
import { addStyles, h } from './dom.js';

addStyles(`
  plain-partner-list { display: block; container-type: inline-size; }
  plain-partner-list fieldset { display: flex; flex-wrap: wrap; gap: 0.25em 1em; margin: 0 0 0.75em; padding: 0; border: 0; }
  plain-partner-list legend { float: inline-start; margin-inline-end: 0.5em; padding: 0; font-weight: 700; }
  plain-partner-list label { white-space: nowrap; display: inline-flex; align-items: center; min-block-size: 24px; }
  plain-partner-list ul { display: grid; gap: 1em; margin: 0 0 1.5em; padding: 0; list-style: none; }
  plain-partner-list h3 { margin: 0 0 0.5em; }
  plain-partner-list li > * { display: block; }
  plain-partner-list a { font-weight: 700; }
`);

const countries = new Intl.DisplayNames('fr', { type: 'region' });
const collator = new Intl.Collator('fr');
const roleHeadings = { coordinator: 'Coordinateurs', partner: 'Partenaires', academic: 'Partenaires académiques' };
const typeNames = { city: 'Ville ou commune', university: 'Université ou haute école', agency: 'Agence', ngo: 'Association' };

for (const list of document.querySelectorAll('plain-partner-list')) {
  const partners = JSON.parse(list.querySelector('script[type="application/json"]').textContent).sort((a, b) => collator.compare(a.name, b.name));
  const chosen = { country: '', type: '' };
  const count = h('p', { role: 'status' });
  const groups = h('div');
  const render = () => {
    const shown = partners.filter((partner) => (!chosen.country || partner.country === chosen.country) && (!chosen.type || partner.type === chosen.type));
    count.textContent = `${shown.length} partenaires`;
    groups.replaceChildren(
      ...Object.entries(roleHeadings).flatMap(([role, heading]) => {
        const members = shown.filter((partner) => partner.role === role);
        if (!members.length) return [];
        return [
          h('h3', {}, `${heading} (${members.length})`),
          h('ul', {}, members.map((partner) => h('li', {}, h('a', { href: partner.url }, partner.name), h('span', {}, `${partner.city}, ${countries.of(partner.country)}`)))),
        ];
      }),
    );
  };
  const filter = (field, legend, values) =>
    h(
      'fieldset',
      {},
      h('legend', {}, legend),
      [['', 'Tous'], ...values].map(([value, label]) => {
        const radio = h('input', { type: 'radio', name: `${field}-filter`, value, checked: value === '' });
        radio.addEventListener('change', () => {
          chosen[field] = value;
          render();
        });
        return h('label', {}, radio, label);
      }),
    );
  const present = (field) => [...new Set(partners.map((partner) => partner[field]))];
  list.replaceChildren(
    filter('country', 'Pays', present('country').map((code) => [code, countries.of(code)]).sort((a, b) => collator.compare(a[1], b[1]))),
    filter('type', 'Type', present('type').map((type) => [type, typeNames[type]])),
    count,
    groups,
  );
  render();
}

// Plain-DOM contact card: the same heading, description list, links and buttons as <np-contact-card>.
import { addStyles, h } from './dom.js';

addStyles(`
  plain-contact-card { display: block; container-type: inline-size; }
  plain-contact-card h3 { margin: 0; }
  plain-contact-card dl { display: grid; grid-template-columns: minmax(auto, 9em) 1fr; gap: 0 1em; margin: 1em 0; }
  plain-contact-card dt { font-weight: 700; }
  plain-contact-card dd { margin: 0 0 0.5em; overflow-wrap: anywhere; }
  plain-contact-card address { font-style: normal; }
  plain-contact-card button { font: inherit; border: 1px solid; border-radius: 0.25em; background: none; color: inherit; padding: 0.125em 0.5em; min-block-size: 24px; }
`);

const copy = (label, value) => {
  const button = h('button', { type: 'button', 'aria-label': `Copier (${label})` }, 'Copier');
  button.addEventListener('click', () => navigator.clipboard?.writeText(value));
  return button;
};

for (const card of document.querySelectorAll('plain-contact-card')) {
  const get = (name) => card.getAttribute(name);
  const email = `${get('email-user')}@${get('email-domain')}`;
  const phone = get('phone');
  const e164 = `+32${phone.replace(/\D/g, '').slice(1)}`;
  const address = [get('street'), `${get('postal-code')} ${get('locality')}`, 'Belgique'];
  const status = h('p', { role: 'status' });
  card.replaceChildren(
    h('h3', {}, get('name')),
    h(
      'dl',
      {},
      h('dt', {}, 'E-mail'),
      h('dd', {}, h('a', { href: `mailto:${email}` }, email), ' ', copy('E-mail', email)),
      h('dt', {}, 'Téléphone'),
      h('dd', {}, h('a', { href: `tel:${e164}` }, phone), ' ', copy('Téléphone', phone)),
      h('dt', {}, 'Adresse'),
      h('dd', {}, h('address', {}, address.flatMap((line, index) => (index ? [h('br'), line] : [line]))), h('a', { href: `https://www.openstreetmap.org/search?query=${encodeURIComponent(address.join(', '))}` }, 'Voir sur la carte (OpenStreetMap)')),
      h('dt', {}, 'Site web'),
      h('dd', {}, h('a', { href: get('website') }, get('website').replace(/^https?:\/\/(www\.)?|\/$/g, ''))),
    ),
    h('button', { type: 'button' }, 'Télécharger le contact (vCard)'),
    status,
  );
}

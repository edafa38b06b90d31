// Plain-DOM breadcrumb: the same landmark, list, links and current page as <np-breadcrumb>.
import { addStyles, h } from './dom.js';

addStyles(`
  plain-breadcrumb { display: block; }
  plain-breadcrumb nav, plain-breadcrumb ol { display: flex; flex-wrap: wrap; align-items: baseline; }
  plain-breadcrumb ol { margin: 0; padding: 0; list-style: none; }
  plain-breadcrumb .label::after { content: '\\a0:'; }
  plain-breadcrumb li + li::before { content: '/' / ''; margin-inline: 0.5em; }
  plain-breadcrumb a { display: inline-flex; min-block-size: 24px; align-items: center; }
`);

for (const trail of document.querySelectorAll('plain-breadcrumb')) {
  const items = [...trail.children].map((child) =>
    h('li', {}, child.localName === 'a' ? h('a', { href: child.getAttribute('href') }, child.textContent.trim()) : h('span', { 'aria-current': 'page' }, child.textContent.trim())),
  );
  trail.replaceChildren(h('nav', { 'aria-label': 'Vous êtes ici' }, h('span', { class: 'label', 'aria-hidden': 'true' }, 'Vous êtes ici'), h('ol', {}, items)));
}

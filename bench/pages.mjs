// The pages the benchmark loads, written as a city's CMS prints them. Each stress page exists
// twice: with the widget, and with bench/plain/<widget>.js, a hand-written plain-DOM script that
// builds the same visible output and accessibility tree from the same markup.
import { readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const nPowerExample = readFileSync(new URL('packages/widgets/examples/n-power.html', root), 'utf8');

/** The tag np-embed-snippet prints for each entry (without integrity, which changes with every build). */
const entryTags = {
  'np-widgets.js': '<script type="module" src="../dist/cdn/np-widgets.js" blocking="render"></script>',
  'np-loader.js': '<script type="module" src="../dist/cdn/np-loader.js"></script>',
  'any script': '<script type="module" src="/bench/plain/nothing.js" blocking="render"></script>',
  static: '',
};

/** The N-POWER page as served from packages/widgets/examples/, with one script or none. */
export function nPowerPage(entry) {
  const script = entryTags['np-widgets.js'];
  if (!nPowerExample.includes(script)) throw new Error('packages/widgets/examples/n-power.html no longer loads np-widgets.js as the snippet does: update bench/pages.mjs');
  return nPowerExample.replace(script, entryTags[entry]);
}

const breadcrumb = (index) => `<np-breadcrumb><a href="/">Accueil</a><a href="/vie-communale">Vie Communale</a><a href="/vie-communale/services-communaux">Services communaux</a><a href="/quartiers">Quartiers</a><a href="/quartiers/droixhe-${index}">Bressoux-Droixhe</a><span>Projet ${index}</span></np-breadcrumb>`;
const video = (index) => `<np-consent-video provider="youtube" video-id="NPOWER${String(index).padStart(5, '0')}" video-title="N-POWER, film ${index}"><a href="https://www.youtube.com/watch?v=NPOWER${String(index).padStart(5, '0')}">N-POWER, film ${index}</a></np-consent-video>`;
const funding = () => `<np-funding-breakdown total="539349.58" currency="EUR"><ul><li>FEDER 50%</li><li>Région wallonne 40%</li><li>Ville de Liège 10%</li></ul></np-funding-breakdown>`;
const contact = (index) => `<np-contact-card name="Maison de quartier ${index}" email-user="quartier${index}" email-domain="example.org" phone="04 000 12 34" country="BE" street="Rue de l’Exemple ${index}" postal-code="4020" locality="Liège" website="https://example.org/quartier-${index}"></np-contact-card>`;

const countries = ['BE', 'NL', 'DE'];
const types = ['city', 'university', 'agency', 'ngo'];
const roles = ['coordinator', 'partner', 'academic'];
const partners = Array.from({ length: 500 }, (_, index) => ({
  name: `Partenaire ${String(index + 1).padStart(3, '0')}`,
  url: `https://example.org/partner-${index + 1}`,
  country: countries[index % 3],
  type: types[index % 4],
  role: roles[index % 3],
  city: ['Liège', 'Heerlen', 'Aachen'][index % 3],
}));
const partnerList = () => `<np-partner-list filter><script type="application/json">${JSON.stringify(partners)}</script></np-partner-list>`;

/** name → [widget markup for one instance, how many, the plain-DOM script]. */
export const stressPages = {
  'breadcrumb ×200': [breadcrumb, 200, 'breadcrumb.js'],
  'video placeholder ×100': [video, 100, 'consent-video.js'],
  'funding breakdown ×100': [funding, 100, 'funding-breakdown.js'],
  'partner list of 500': [partnerList, 1, 'partner-list.js'],
  'contact card ×200': [contact, 200, 'contact-card.js'],
};

const shell = (head, body) => `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>N-POWER benchmark</title>
    ${head}
  </head>
  <body>
    <main>${body}</main>
  </body>
</html>`;

/** `html` with every widget's tag renamed `<prefix>-…`: the same markup, which nothing upgrades. */
export const renameWidgetTags = (html, prefix) => html.replace(/<(\/?)np-/g, `<$1${prefix}-`);

/**
 * A stress page with the all-in-one file, or with the plain-DOM script (the same markup, np- tags
 * renamed). Both tags hold the first paint, as the snippet's does: a site's own enhancement script
 * would shift its page as much without it.
 */
export function stressPage(name, variant, count = stressPages[name][1]) {
  const [instance, , plainScript] = stressPages[name];
  const markup = Array.from({ length: count }, (_, index) => instance(index + 1)).join('\n');
  if (variant === 'widgets') return shell('<script type="module" src="/packages/widgets/dist/cdn/np-widgets.js" blocking="render"></script>', markup);
  return shell(`<script type="module" src="/bench/plain/${plainScript}" blocking="render"></script>`, renameWidgetTags(markup, 'plain'));
}

/** One of each widget, for the attach/detach cycles (a partner list of 20). */
export const oneOfEach = {
  breadcrumb: breadcrumb(1),
  'consent video': video(1),
  'funding breakdown': funding(),
  'partner list': `<np-partner-list filter><script type="application/json">${JSON.stringify(partners.slice(0, 20))}</script></np-partner-list>`,
  'contact card': contact(1),
};

/** A page with the all-in-one file and nothing else. */
export const emptyWidgetsPage = () => shell('<script type="module" src="/packages/widgets/dist/cdn/np-widgets.js"></script>', '');

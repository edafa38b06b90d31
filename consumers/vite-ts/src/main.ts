// Three widgets from their own packages, created and configured from TypeScript with the
// published types only: a wrong property name or value type fails `tsc --noEmit`.
import '@npower/breadcrumb/define.js';
import '@npower/contact-card/define.js';
import '@npower/funding-breakdown/define.js';
import type { BreadcrumbItem } from '@npower/breadcrumb';

const app = document.querySelector('#app')!;

const breadcrumb = document.createElement('np-breadcrumb');
const items: BreadcrumbItem[] = [{ label: 'Accueil', href: '/' }, { label: 'Quartiers', href: '/quartiers' }, { label: 'N-POWER' }];
breadcrumb.items = items;
breadcrumb.maxItems = 3;

const funding = document.createElement('np-funding-breakdown');
funding.sources = [
  { label: 'FEDER', share: 50 },
  { label: 'Région wallonne', share: 50 },
];
funding.total = '539349.58';

const card = document.createElement('np-contact-card');
card.contact = { name: 'Cellule N-POWER', email: 'npower@example.org', phone: '04 000 12 34', country: 'BE' };

app.append(breadcrumb, funding, card);
// Typed by the main entries: each tag's own class.
const found: [HTMLElement | null, number | undefined] = [document.querySelector('np-breadcrumb'), document.querySelector('np-breadcrumb')?.maxItems];
console.log(`np-vite-ts: ${found.length} checks`);

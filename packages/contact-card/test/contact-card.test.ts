import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { mf2 } from 'microformats-parser';
import sinon from 'sinon';
import '../src/define.js';
import type { NpContactCard } from '../src/contact-card.js';
import type { Contact } from '../src/contact.js';
import { readVCard } from './read-vcard.js';
import { asRead, readStructuredData, type ReadItem } from '../../../test-support/structured-data.js';
import { assertAccessible } from '../../../test-support/accessibility.js';

const root = (el: NpContactCard) => el.shadowRoot!;
const clean = (value: string | null | undefined) => (value ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const part = (el: NpContactCard, name: string) => root(el).querySelector(`[part="${name}"]`);
const partText = (el: NpContactCard, name: string) => clean(part(el, name)?.textContent);
const lines = (el: NpContactCard, name: string) =>
  part(el, name)!.innerHTML.split(/<br\s*\/?>/).map((line) => clean(line.replace(/<[^>]*>/g, '')));
/** What Intl gives for the same times in this browser: engines differ in the spaces they use. */
const at = (hhmm: string) => Date.UTC(2024, 0, 1, ...(hhmm.split(':').map(Number) as [number, number]));
const clock = (locale: string) => new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' });
const intlRange = (locale: string, opens: string, closes: string) => clean(clock(locale).formatRange(at(opens), at(closes)));
const intlTime = (locale: string, hhmm: string) => clean(clock(locale).format(at(hhmm)));
const times = (el: NpContactCard) =>
  [...part(el, 'opening-hours')!.querySelectorAll('time')].map((time) => [time.getAttribute('datetime'), clean(time.textContent)]);
const settle = async (el: NpContactCard) => {
  await nextFrame();
  await el.updateComplete;
};

/** The invented neighbourhood service of the stories: example.org addresses, a fictitious number. */
const service = html`<np-contact-card
  name="Marie-Ève Lambert"
  job-title="Coordinatrice de quartier, Droixhe; accueil"
  organization="Ville de Liège; service Participation"
  email-user="droixhe"
  email-domain="example.org"
  phone="04 000 12 34"
  country="BE"
  street="Rue de l’Exemple 1"
  postal-code="4020"
  locality="Liège"
  website="https://example.org/droixhe"
  hours="Mo-Fr 09:00-12:00; We 13:30-16:00"
  languages="fr nl de"
>
  <address>Maison de quartier de Droixhe, Rue de l’Exemple 1, 4020 Liège</address>
</np-contact-card>`;

describe('<np-contact-card>', () => {
  const pageLang = document.documentElement.lang;
  beforeEach(() => {
    document.documentElement.lang = 'fr-BE';
  });
  afterEach(() => {
    document.documentElement.lang = pageLang;
    sinon.restore();
  });

  describe('fields', () => {
    it('shows the name as a heading, the job title and the organization', async () => {
      const el = await fixture<NpContactCard>(service);
      const name = part(el, 'heading')!;
      expect(name.localName).to.equal('h3');
      expect(clean(name.textContent)).to.equal('Marie-Ève Lambert');
      expect(partText(el, 'job')).to.equal('Coordinatrice de quartier, Droixhe; accueil');
      expect(partText(el, 'org')).to.equal('Ville de Liège; service Participation');
      el.headingLevel = 2;
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h2');
      const warn = sinon.stub(console, 'warn');
      el.setAttribute('heading-level', 'un');
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h3');
      expect(warn.args.map(([message]) => String(message))).to.deep.equal(['<np-contact-card> heading-level: invalid "NaN", expected 2, 3, 4, 5, 6']);
    });

    it('labels each detail, and assembles the mailto link in the browser', async () => {
      const el = await fixture<NpContactCard>(service);
      expect([...root(el).querySelectorAll('dt')].map((dt) => dt.textContent)).to.deep.equal([
        'E-mail',
        'Téléphone',
        'Adresse',
        'Site web',
        'Heures d’ouverture',
      ]);
      const email = part(el, 'email-link') as HTMLAnchorElement;
      expect(email.getAttribute('href')).to.equal('mailto:droixhe@example.org');
      expect(clean(email.textContent)).to.equal('droixhe@example.org');
      // Assembled from email-user and email-domain: not in the page's HTML, h-card included
      // (a microformats parser then finds no e-mail: the price of keeping it from scrapers).
      expect(el.outerHTML).not.to.include('droixhe@example.org');
      expect(el.querySelector('.h-card .u-email')).to.equal(null);
    });

    it('writes an address given whole (email) into the h-card', async () => {
      const el = await fixture<NpContactCard>(html`<np-contact-card name="Maison de quartier" email="droixhe@example.org"></np-contact-card>`);
      expect(el.querySelector('.h-card .u-email')!.getAttribute('href')).to.equal('mailto:droixhe@example.org');
    });

    it('links the phone in E.164 with the national writing as its text', async () => {
      const el = await fixture<NpContactCard>(service);
      const phone = part(el, 'phone-link') as HTMLAnchorElement;
      expect(phone.getAttribute('href')).to.equal('tel:+3240001234');
      expect(clean(phone.textContent)).to.equal('04 000 12 34');
    });

    it('links French and Luxembourg numbers in E.164, shown as each country writes them', async () => {
      const el = await fixture<NpContactCard>(
        html`<np-contact-card name="Mairie" phone="01 23 45 67 89" country="FR" structured-data></np-contact-card>`,
      );
      const phone = () => [part(el, 'phone-link')?.getAttribute('href'), partText(el, 'phone-link')];
      expect(phone()).to.deep.equal(['tel:+33123456789', '01 23 45 67 89']);
      for (const [written, country, href, display] of [
        ['0800123456', 'FR', 'tel:+33800123456', '0800 123 456'],
        ['+33 (0)4 72 00 00 00', 'FR', 'tel:+33472000000', '04 72 00 00 00'],
        ['26 12 34 56', 'LU', 'tel:+35226123456', '26 12 34 56'],
        ['621123456', 'LU', 'tel:+352621123456', '621 123 456'],
        ['+352 27 12 34 56', 'BE', 'tel:+35227123456', '+352 27 12 34 56'],
      ]) {
        el.phone = written;
        el.country = country;
        await el.updateComplete;
        expect(phone(), written).to.deep.equal([href, display]);
      }
      expect(readVCard(el.toVCard()).tel).to.equal('+35227123456');
      expect(el.querySelector('.h-card .p-tel')!.textContent).to.equal('+35227123456');
      expect(readStructuredData(el)!.telephone).to.equal('+35227123456');
    });

    it('warns about French and Luxembourg numbers that cannot be dialled, and shows them as written', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpContactCard>(html`<np-contact-card name="Mairie" phone="01 23 45 67" country="FR"></np-contact-card>`);
      expect(part(el, 'phone-link')).to.equal(null);
      el.phone = '026 12 34 56';
      el.country = 'LU';
      await el.updateComplete;
      expect(part(el, 'phone-link')).to.equal(null);
      expect(clean(root(el).querySelector('dd')!.textContent)).to.equal('026 12 34 56');
      expect(warn.args.map(([message]) => String(message))).to.deep.equal([
        '<np-contact-card> phone: invalid "01 23 45 67"',
        '<np-contact-card> phone: invalid "026 12 34 56"',
      ]);
    });

    it('writes the address in the country’s order, with a link to OpenStreetMap and no map', async () => {
      const el = await fixture<NpContactCard>(service);
      expect(lines(el, 'address')).to.deep.equal(['Rue de l’Exemple 1', '4020 Liège', 'Belgique']);
      const map = part(el, 'map-link') as HTMLAnchorElement;
      expect(map.href).to.equal(
        `https://www.openstreetmap.org/search?query=${encodeURIComponent('Rue de l’Exemple 1, 4020 Liège, Belgique')}`,
      );
      expect(clean(map.textContent)).to.equal('Voir sur la carte (OpenStreetMap)');
      expect(root(el).querySelectorAll('iframe, img')).to.have.length(0);
      // The Belgian national number means nothing in the UK: warned about, not tested here.
      sinon.stub(console, 'warn');
      el.country = 'GB';
      el.locality = 'London';
      el.postalCode = 'SW1A 1AA';
      await el.updateComplete;
      expect(lines(el, 'address')).to.deep.equal(['Rue de l’Exemple 1', 'London SW1A 1AA', 'Royaume-Uni']);
    });

    it('shows the website, the opening hours and the languages spoken, in French', async () => {
      const el = await fixture<NpContactCard>(service);
      expect((part(el, 'website-link') as HTMLAnchorElement).href).to.equal('https://example.org/droixhe');
      expect(partText(el, 'website-link')).to.equal('example.org/droixhe');
      expect(lines(el, 'opening-hours')).to.deep.equal(['lun.–ven. 09:00 – 12:00', 'mer. 13:30 – 16:00']);
      expect(partText(el, 'spoken-languages')).to.equal('On parle français, néerlandais et allemand.');
    });

    for (const [lang, label, hours, languages, country, download] of [
      ['nl-BE', 'Openingsuren', 'ma–vr 09:00–12:00', 'Wij spreken Frans, Nederlands en Duits.', 'België', 'Contact downloaden (vCard)'],
      ['nl-NL', 'Openingstijden', 'ma–vr 09:00–12:00', 'Wij spreken Frans, Nederlands en Duits.', 'België', 'Contact downloaden (vCard)'],
      ['de', 'Öffnungszeiten', 'Mo–Fr 09:00–12:00 Uhr', 'Wir sprechen Französisch, Niederländisch und Deutsch.', 'Belgien', 'Kontakt herunterladen (vCard)'],
      ['en-GB', 'Opening hours', 'Mon–Fri 09:00–12:00', 'We speak French, Dutch and German.', 'Belgium', 'Download contact (vCard)'],
    ]) {
      it(`follows a change of <html lang> to ${lang}`, async () => {
        const el = await fixture<NpContactCard>(service);
        document.documentElement.lang = lang!;
        await settle(el);
        expect(root(el).querySelectorAll('dt')[4]!.textContent).to.equal(label);
        expect(lines(el, 'opening-hours')[0]).to.equal(hours);
        expect(partText(el, 'spoken-languages')).to.equal(languages);
        expect(lines(el, 'address')[2]).to.equal(country);
        expect(partText(el, 'download')).to.equal(download);
      });
    }

    it('takes the contact property over the attributes, field by field', async () => {
      const el = await fixture<NpContactCard>(html`<np-contact-card
        name="Attribut"
        locality="Liège"
        .contact=${{ name: 'Propriété', email: 'info@example.org', languages: ['de', 'nl'] }}
      ></np-contact-card>`);
      expect(partText(el, 'heading')).to.equal('Propriété');
      expect(partText(el, 'email-link')).to.equal('info@example.org');
      expect(lines(el, 'address')).to.deep.equal(['Liège']);
      expect(partText(el, 'spoken-languages')).to.equal('On parle allemand et néerlandais.');
    });

    it('ignores undefined fields of the contact property and refuses what is not text, without throwing', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpContactCard>(html`<np-contact-card
        name="Attribut"
        phone="04 000 12 34"
        country="BE"
        .contact=${{ name: undefined, phone: undefined, languages: [undefined, 'nl', 42] } as unknown as Contact}
      ></np-contact-card>`);
      expect(partText(el, 'heading')).to.equal('Attribut');
      expect(partText(el, 'phone-link')).to.equal('04 000 12 34');
      expect(partText(el, 'spoken-languages')).to.equal('On parle néerlandais.');
      expect(warn.args.map(([message]) => String(message))).to.deep.equal([
        '<np-contact-card> languages: invalid "undefined"',
        '<np-contact-card> languages: invalid "42"',
      ]);
      el.contact = { name: 'Cycle', organization: 10n } as unknown as Contact;
      await el.updateComplete;
      expect(partText(el, 'heading')).to.equal('Cycle');
      expect(part(el, 'org')).to.equal(null);
    });

    it('reads a website written without scheme as https, not as a link relative to the page', async () => {
      const el = await fixture<NpContactCard>(html`<np-contact-card name="Ville de Liège" website="www.liege.be"></np-contact-card>`);
      expect((part(el, 'website-link') as HTMLAnchorElement).href).to.equal('https://www.liege.be/');
      expect(partText(el, 'website-link')).to.equal('liege.be');
    });

    it('shows closing at midnight as 24:00 on a 24-hour clock, and lists every day of a range over the weekend in the schema.org data', async () => {
      const el = await fixture<NpContactCard>(html`<np-contact-card
        name="Maison de quartier"
        hours="Sa-Mo 10:00-12:00; Fr 18:00-24:00"
        structured-data
      ></np-contact-card>`);
      expect(lines(el, 'opening-hours')).to.deep.equal(['sam.–lun. 10:00 – 12:00', 'ven. 18:00 – 24:00']);
      const hours = () => (readStructuredData(el)!.contactPoint as ReadItem).hoursAvailable as ReadItem[];
      expect(hours().map(({ dayOfWeek }) => dayOfWeek)).to.deep.equal([['Saturday', 'Sunday', 'Monday'], 'Friday']);
      expect(hours()[1]).to.deep.include({ opens: '18:00', closes: '24:00' });
      // German writes "Uhr" after both times, midnight included.
      document.documentElement.lang = 'de';
      await settle(el);
      expect(lines(el, 'opening-hours')[1]).to.equal('Fr 18:00–24:00 Uhr');
      expect(times(el)).to.deep.equal([
        ['10:00', '10:00'],
        ['12:00', '12:00'],
        ['18:00', '18:00'],
      ]);
    });

    it('shows the opening hours on the 12-hour clock of an en-US page, as Intl writes them in this browser', async () => {
      document.documentElement.lang = 'en-US';
      const el = await fixture<NpContactCard>(html`<np-contact-card
        name="Neighbourhood centre"
        hours="Mo-Fr 09:00-12:00; Sa 09:00-11:00,13:30-16:00"
      ></np-contact-card>`);
      const [weekdays, saturday] = lines(el, 'opening-hours');
      expect(weekdays).to.equal(`Mon–Fri ${intlRange('en-US', '09:00', '12:00')}`);
      expect(weekdays).to.match(/^Mon–Fri 9:00 AM ?– ?12:00 PM$/);
      expect(saturday).to.equal(`Sat ${intlRange('en-US', '09:00', '11:00')}, ${intlRange('en-US', '13:30', '16:00')}`);
      expect(saturday).to.match(/^Sat 9:00 ?– ?11:00 AM, 1:30 ?– ?4:00 PM$/);
      // Each time keeps its 24-hour form for machines, whatever the page shows.
      expect(times(el)).to.deep.equal([
        ['09:00', intlTime('en-US', '09:00')],
        ['12:00', intlTime('en-US', '12:00')],
        ['09:00', '9:00'],
        ['11:00', '11:00'],
        ['13:30', '1:30'],
        ['16:00', '4:00'],
      ]);
    });

    it('writes closing at midnight as "midnight" on a 12-hour clock, never as the ambiguous 12:00 AM', async () => {
      document.documentElement.lang = 'en-US';
      const el = await fixture<NpContactCard>(html`<np-contact-card name="Youth club" hours="Fr 18:00-24:00; Sa 00:00-24:00"></np-contact-card>`);
      expect(lines(el, 'opening-hours')).to.deep.equal([
        `Fri ${intlTime('en-US', '18:00')} – midnight`,
        `Sat ${intlTime('en-US', '00:00')} – midnight`,
      ]);
      expect(lines(el, 'opening-hours')[0]).to.match(/^Fri 6:00 PM – midnight$/);
      expect(times(el)).to.deep.equal([
        ['18:00', intlTime('en-US', '18:00')],
        ['00:00', intlTime('en-US', '00:00')],
      ]);
      expect(readVCard(el.toVCard()).note).to.equal('Opening hours: Fri 18:00–24:00\nOpening hours: Sat 00:00–24:00');
    });

    it('keeps the times in their ISO 24-hour form in the schema.org data, the vCard and the h-card of an en-US page', async () => {
      document.documentElement.lang = 'en-US';
      const el = await fixture<NpContactCard>(service);
      el.structuredData = true;
      await el.updateComplete;
      expect(lines(el, 'opening-hours')[0]).to.match(/^Mon–Fri 9:00 AM ?– ?12:00 PM$/);
      const hours = (readStructuredData(el)!.contactPoint as ReadItem).hoursAvailable as ReadItem[];
      expect(hours.map(({ opens, closes }) => [opens, closes])).to.deep.equal([
        ['09:00', '12:00'],
        ['13:30', '16:00'],
      ]);
      expect(readVCard(el.toVCard()).note).to.equal(
        'Opening hours: Mon–Fri 09:00–12:00\nOpening hours: Wed 13:30–16:00\nWe speak French, Dutch, and German.',
      );
      // Nothing of the page's clock leaks into what machines read in the light DOM.
      expect(el.querySelector('.h-card')!.textContent).not.to.match(/AM|PM/);
      expect(el.textContent).not.to.match(/\d (?:AM|PM)/);
    });

    it('joins the times with a dash where the browser cannot format ranges', async () => {
      sinon.stub(Intl.DateTimeFormat.prototype, 'formatRangeToParts').throws(new TypeError('not a function'));
      document.documentElement.lang = 'en-US';
      const el = await fixture<NpContactCard>(html`<np-contact-card name="Library" hours="Mo 09:00-12:00; Fr 18:00-24:00"></np-contact-card>`);
      expect(lines(el, 'opening-hours')).to.deep.equal([
        `Mon ${intlTime('en-US', '09:00')}–${intlTime('en-US', '12:00')}`,
        `Fri ${intlTime('en-US', '18:00')}–midnight`,
      ]);
      expect(times(el).map(([datetime]) => datetime)).to.deep.equal(['09:00', '12:00', '18:00']);
    });

    it('refuses 24:00 as an opening time, which would be the next day', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpContactCard>(html`<np-contact-card name="Night shelter" hours="Mo 24:00-08:00"></np-contact-card>`);
      expect(lines(el, 'opening-hours')).to.deep.equal(['Mo 24:00-08:00']);
      expect(warn.args.map(([message]) => String(message))).to.deep.equal([
        '<np-contact-card> hours: invalid "Mo 24:00-08:00", expected opening hours such as Mo-Fr 09:00-12:00',
      ]);
    });

    it('shows a minimal card with a name alone, and the CMS address when there is nothing to show', async () => {
      const minimal = await fixture<NpContactCard>(html`<np-contact-card organization="Maison de quartier"></np-contact-card>`);
      expect(partText(minimal, 'heading')).to.equal('Maison de quartier');
      expect(part(minimal, 'org')).to.equal(null);
      expect(root(minimal).querySelectorAll('dd')).to.have.length(0);
      const empty = await fixture<NpContactCard>(html`<np-contact-card><address>Rue de l’Exemple 1</address></np-contact-card>`);
      expect(root(empty).querySelector('slot')).not.to.equal(null);
      expect(empty.querySelector('address')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(empty.querySelector('.h-card')).to.equal(null);
    });

    it('hides the CMS address once the card shows', async () => {
      const el = await fixture<NpContactCard>(service);
      expect(el.querySelector('address')!.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('vCard', () => {
    it('is read back whole by an independent vCard parser: commas, semicolons, accents, long lines', async () => {
      const el = await fixture<NpContactCard>(html`<np-contact-card
        name="Marie-Ève Lambert, Dr."
        job-title="Coordinatrice de quartier, Droixhe; accueil \\ orientation"
        organization="Ville de Liège; service Participation"
        email="droixhe@example.org"
        phone="+32 (0)4 000 12 34"
        country="BE"
        street="Rue de l’Exemple 1, bâtiment B; entrée par la cour intérieure, derrière la maison de quartier"
        postal-code="4020"
        locality="Liège"
        website="https://example.org/droixhe?tab=contact,horaires;fr"
        hours="Mo-Fr 09:00-12:00; We 13:30-16:00"
        languages="fr nl de"
      ></np-contact-card>`);
      const text = el.toVCard();
      expect(text.endsWith('END:VCARD\r\n')).to.equal(true);
      expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
      expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
      expect(text.split('\r\n').filter((line) => line.startsWith(' ')).length).to.be.greaterThan(1);
      expect(readVCard(text)).to.deep.equal({
        version: '3.0',
        fn: 'Marie-Ève Lambert, Dr.',
        n: ['Marie-Ève Lambert, Dr.', '', '', '', ''],
        org: 'Ville de Liège; service Participation',
        title: 'Coordinatrice de quartier, Droixhe; accueil \\ orientation',
        email: 'droixhe@example.org',
        tel: '+3240001234',
        adr: [
          '',
          '',
          'Rue de l’Exemple 1, bâtiment B; entrée par la cour intérieure, derrière la maison de quartier',
          'Liège',
          '',
          '4020',
          'Belgique',
        ],
        url: 'https://example.org/droixhe?tab=contact,horaires;fr',
        note: 'Heures d’ouverture: lun.–ven. 09:00–12:00\nHeures d’ouverture: mer. 13:30–16:00\nOn parle français, néerlandais et allemand.',
      });
    });

    it('gives a service without a person’s name an empty N, as vCard 3.0 requires, and its name as FN and ORG', async () => {
      const el = await fixture<NpContactCard>(html`<np-contact-card organization="Maison de quartier de Droixhe"></np-contact-card>`);
      expect(readVCard(el.toVCard())).to.deep.include({
        fn: 'Maison de quartier de Droixhe',
        n: ['', '', '', '', ''],
        org: 'Maison de quartier de Droixhe',
      });
    });

    it('downloads as a .vcf file named after the contact when the button is clicked', async () => {
      const el = await fixture<NpContactCard>(service);
      const downloads: HTMLAnchorElement[] = [];
      const capture = (event: Event) => {
        const link = event.composedPath()[0] as HTMLAnchorElement;
        if (link.localName !== 'a' || !link.download) return;
        event.preventDefault();
        downloads.push(link);
      };
      document.addEventListener('click', capture, true);
      try {
        (part(el, 'download') as HTMLButtonElement).click();
      } finally {
        document.removeEventListener('click', capture, true);
      }
      expect(downloads).to.have.length(1);
      expect(downloads[0]!.download).to.equal('Marie-Ève Lambert.vcf');
      const file = await fetch(downloads[0]!.href);
      expect(file.headers.get('content-type')).to.equal('text/vcard;charset=utf-8');
      expect(await file.text()).to.equal(el.toVCard());
      expect(readVCard(el.toVCard()).tel).to.equal('+3240001234');
    });
  });

  describe('copy buttons', () => {
    const useClipboard = (clipboard: Partial<Clipboard> | undefined) =>
      Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
    afterEach(() => {
      delete (navigator as { clipboard?: Clipboard }).clipboard;
    });

    it('copy the email address and the E.164 number, confirming politely in the page’s language', async () => {
      const writeText = sinon.stub().resolves();
      useClipboard({ writeText });
      const el = await fixture<NpContactCard>(service);
      const [copyEmail, copyPhone] = root(el).querySelectorAll<HTMLButtonElement>('[part="copy"]');
      expect(copyEmail!.getAttribute('aria-label')).to.equal('Copier (E-mail)');
      expect(copyPhone!.getAttribute('aria-label')).to.equal('Copier (Téléphone)');
      expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
      expect(partText(el, 'status')).to.equal('');
      copyEmail!.click();
      await settle(el);
      expect(writeText.args).to.deep.equal([['droixhe@example.org']]);
      expect(partText(el, 'status')).to.equal('Copié dans le presse-papiers.');
      // A second copy empties the live region before filling it again, so that it is announced again.
      const statusWhenWriting: string[] = [];
      writeText.callsFake(() => {
        statusWhenWriting.push(partText(el, 'status'));
        return Promise.resolve();
      });
      copyPhone!.click();
      await settle(el);
      expect(writeText.lastCall.args).to.deep.equal(['+3240001234']);
      expect(statusWhenWriting).to.deep.equal(['']);
      expect(partText(el, 'status')).to.equal('Copié dans le presse-papiers.');
      document.documentElement.lang = 'de';
      await settle(el);
      expect(partText(el, 'status')).to.equal('In die Zwischenablage kopiert.');
    });

    it('confirm in the card that copied only, with two cards on one page', async () => {
      useClipboard({ writeText: sinon.stub().resolves() });
      const box = await fixture<HTMLDivElement>(html`<div>
        ${service}
        <np-contact-card name="Stadt Aachen" phone="+49 241 4320" country="DE"></np-contact-card>
      </div>`);
      const [first, second] = [...box.querySelectorAll<NpContactCard>('np-contact-card')];
      await second!.updateComplete;
      root(second!).querySelector<HTMLButtonElement>('[part="copy"]')!.click();
      await settle(second!);
      await settle(second!);
      expect(partText(second!, 'status')).to.equal('Copié dans le presse-papiers.');
      expect(partText(first!, 'status')).to.equal('');
      const { items } = mf2(box.innerHTML, { baseUrl: location.href });
      expect(items.map((item) => item.properties.name)).to.deep.equal([['Marie-Ève Lambert'], ['Stadt Aachen']]);
    });

    it('say when the clipboard refuses', async () => {
      useClipboard({ writeText: sinon.stub().rejects(new DOMException('denied', 'NotAllowedError')) });
      const el = await fixture<NpContactCard>(service);
      root(el).querySelector<HTMLButtonElement>('[part="copy"]')!.click();
      await settle(el);
      await settle(el);
      expect(partText(el, 'status')).to.equal('Copie impossible : sélectionnez le texte.');
    });

    it('are left out where there is no Clipboard API', async () => {
      useClipboard(undefined);
      const el = await fixture<NpContactCard>(service);
      expect(root(el).querySelectorAll('[part="copy"]')).to.have.length(0);
    });
  });

  describe('machine-readable', () => {
    it('is an h-card that a microformats parser of the page finds', async () => {
      const el = await fixture<NpContactCard>(service);
      const parse = () => mf2(document.body.innerHTML, { baseUrl: location.href }).items.filter((item) => item.type?.includes('h-card'));
      // email-user and email-domain keep the address out of the HTML: the h-card has none.
      expect(parse()[0]!.properties).not.to.have.property('email');
      el.email = 'droixhe@example.org';
      await el.updateComplete;
      const cards = parse();
      expect(cards).to.have.length(1);
      expect(cards[0]!.properties).to.deep.include({
        name: ['Marie-Ève Lambert'],
        'job-title': ['Coordinatrice de quartier, Droixhe; accueil'],
        org: ['Ville de Liège; service Participation'],
        email: ['mailto:droixhe@example.org'],
        tel: ['+3240001234'],
        url: ['https://example.org/droixhe'],
      });
      const adr = cards[0]!.properties.adr![0] as { properties: Record<string, string[]> };
      expect(adr.properties).to.deep.equal({
        'street-address': ['Rue de l’Exemple 1'],
        'postal-code': ['4020'],
        locality: ['Liège'],
        'country-name': ['Belgique'],
      });
      expect(el.querySelector('.h-card')!.getBoundingClientRect().height).to.equal(0);
    });

    it('writes schema.org microdata: a Person with a job title, an Organization without, each with a ContactPoint', async () => {
      const el = await fixture<NpContactCard>(service);
      el.structuredData = true;
      await el.updateComplete;
      const data = () => readStructuredData(el)!;
      // Assembled from email-user and email-domain, the address stays out of the page's HTML.
      expect(data()).not.to.have.property('email');
      el.email = 'droixhe@example.org';
      await el.updateComplete;
      expect(data()).to.deep.include({
        '@type': 'Person',
        name: 'Marie-Ève Lambert',
        jobTitle: 'Coordinatrice de quartier, Droixhe; accueil',
        worksFor: { '@type': 'Organization', name: 'Ville de Liège; service Participation' },
        email: 'droixhe@example.org',
        telephone: '+3240001234',
      });
      expect(data().contactPoint).to.deep.equal(asRead({
        '@type': 'ContactPoint',
        email: 'droixhe@example.org',
        telephone: '+3240001234',
        availableLanguage: ['fr', 'nl', 'de'],
        hoursAvailable: [
          {
            '@type': 'OpeningHoursSpecification',
            dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
            opens: '09:00',
            closes: '12:00',
          },
          { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Wednesday'], opens: '13:30', closes: '16:00' },
        ],
      }));
      el.jobTitle = undefined;
      await el.updateComplete;
      expect(data()['@type']).to.equal('Organization');
      expect(data().address).to.deep.equal({
        '@type': 'PostalAddress',
        streetAddress: 'Rue de l’Exemple 1',
        postalCode: '4020',
        addressLocality: 'Liège',
        addressCountry: 'BE',
      });
    });
  });

  describe('bad input', () => {
    it('shows an invalid email or phone as text without a link, drops an unsafe website, warns once for each', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpContactCard>(html`<np-contact-card
        name="Données abîmées"
        email="droixhe at example.org"
        phone="04 000 12"
        country="Belgique"
        website="javascript:alert(1)"
        hours="lundi au vendredi"
        languages="fr x-toolong-tag-!"
      ></np-contact-card>`);
      const values = [...root(el).querySelectorAll('dd')].map((dd) => clean(dd.textContent));
      expect(values).to.deep.equal(['droixhe at example.org', '04 000 12', 'lundi au vendredi']);
      expect(root(el).querySelectorAll('a')).to.have.length(0);
      expect(root(el).querySelectorAll('[part="copy"]')).to.have.length(0);
      expect(partText(el, 'spoken-languages')).to.equal('On parle français.');
      expect(warn.args.map(([message]) => String(message))).to.deep.equal([
        '<np-contact-card> country: invalid "Belgique", expected a two-letter ISO 3166-1 code such as BE',
        '<np-contact-card> email: invalid "droixhe at example.org"',
        '<np-contact-card> phone: invalid "04 000 12", expected an international number (+32 …), or a country for national ones',
        '<np-contact-card> website: unsafe URL "javascript:alert(1)" dropped',
        '<np-contact-card> hours: invalid "lundi au vendredi", expected opening hours such as Mo-Fr 09:00-12:00',
        '<np-contact-card> languages: invalid "x-toolong-tag-!"',
      ]);
      document.documentElement.lang = 'nl';
      await settle(el);
      expect(warn.callCount).to.equal(6);
      expect(readVCard(el.toVCard())).to.deep.include({ fn: 'Données abîmées', email: undefined, tel: undefined, url: undefined });
    });

    it('names email-user when the assembled address is invalid', async () => {
      const warn = sinon.stub(console, 'warn');
      await fixture<NpContactCard>(html`<np-contact-card name="Service" email-user="droixhe"></np-contact-card>`);
      expect(warn.args.map(([message]) => String(message))).to.deep.equal(['<np-contact-card> email-user: invalid "droixhe@"']);
    });
  });

  describe('accessibility', () => {
    it('the full card, after a copy', async () => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: sinon.stub().resolves() }, configurable: true });
      try {
        const el = await fixture<NpContactCard>(service);
        await assertAccessible(el);
        root(el).querySelector<HTMLButtonElement>('[part="copy"]')!.click();
        await settle(el);
        await assertAccessible(el);
      } finally {
        delete (navigator as { clipboard?: Clipboard }).clipboard;
      }
    });

    it('a minimal card and a card with bad data', async () => {
      await assertAccessible(await fixture(html`<np-contact-card name="Maison de quartier"></np-contact-card>`));
      sinon.stub(console, 'warn');
      await assertAccessible(await fixture(html`<np-contact-card name="Données abîmées" email="x" phone="12" website="javascript:x"></np-contact-card>`),);
    });
  });
});

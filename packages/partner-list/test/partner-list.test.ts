import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/define.js';
import type { NpPartnerList } from '../src/partner-list.js';
import type { Partner } from '../src/partners.js';
import { readStructuredData, type ReadItem } from '../../../test-support/structured-data.js';
import { assertAccessible } from '../../../test-support/accessibility.js';

const seedPartners: Partner[] = await (await fetch('/packages/partner-list/examples/n-power-partners.json')).json();

const root = (el: NpPartnerList) => el.shadowRoot!;
const clean = (value: string | null | undefined) => (value ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const headings = (el: NpPartnerList) => [...root(el).querySelectorAll('[part="heading"]')].map((h) => clean(h.textContent));
const names = (el: NpPartnerList) => [...root(el).querySelectorAll('[part="name"]')].map((name) => clean(name.textContent));
const places = (el: NpPartnerList) => [...root(el).querySelectorAll('[part="place"]')].map((place) => clean(place.textContent));
const status = (el: NpPartnerList) => clean(root(el).querySelector('[part="count"]')?.textContent);
const radio = (el: NpPartnerList, name: string, value: string) =>
  root(el).querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
const warnings = (warn: sinon.SinonStub) => warn.args.map(([message]) => String(message));
const settle = async (el: NpPartnerList) => {
  await nextFrame();
  await el.updateComplete;
};

const seed = (attributes = '') => {
  const host = document.createElement('div');
  host.innerHTML = `<np-partner-list ${attributes}><script type="application/json">${JSON.stringify(seedPartners)}</script></np-partner-list>`;
  return host.firstElementChild as NpPartnerList;
};

describe('<np-partner-list>', () => {
  const pageLang = document.documentElement.lang;
  beforeEach(() => {
    document.documentElement.lang = 'fr-BE';
  });
  afterEach(() => {
    document.documentElement.lang = pageLang;
    history.replaceState(null, '', location.pathname + location.search);
    sinon.restore();
  });

  describe('the seed partnership', () => {
    it('groups coordinators, partners and academic partners, with counts, sorted in French', async () => {
      const el = await fixture<NpPartnerList>(seed());
      expect(headings(el)).to.deep.equal(['Coordinateurs (2)', 'Partenaires (8)', 'Partenaires académiques (3)']);
      expect(root(el).querySelectorAll('h3')).to.have.length(3);
      expect(names(el).slice(0, 6)).to.deep.equal([
        'Local Environment Management and Analysis (LEMA)',
        'Urban & Environmental Engineering',
        'Agence pour le redéploiement économique du bassin sérésien',
        'Commune de Heerlen',
        'Ville d’Aix-la-Chapelle',
        'Ville d’Eupen',
      ]);
      expect(places(el)).to.include('Aachen, Allemagne');
      expect(places(el)).to.include('Heerlen, Pays-Bas');
    });

    for (const [lang, groups, belgium, netherlands, germany, liege] of [
      ['fr', 'Coordinateurs (2)', 'Belgique', 'Pays-Bas', 'Allemagne', 'Ville de Liège'],
      ['nl', 'Coördinatoren (2)', 'België', 'Nederland', 'Duitsland', 'Stad Luik'],
      ['de', 'Koordination (2)', 'Belgien', 'Niederlande', 'Deutschland', 'Stadt Lüttich'],
      ['en', 'Coordinators (2)', 'Belgium', 'Netherlands', 'Germany', 'City of Liège'],
    ]) {
      it(`names countries and partners in ${lang}, following a change of <html lang>`, async () => {
        const el = await fixture<NpPartnerList>(seed('group-by="country"'));
        document.documentElement.lang = lang!;
        await settle(el);
        expect(headings(el).map((heading) => heading.replace(/ \(\d+\)$/, '')).sort()).to.deep.equal([belgium, germany, netherlands].sort());
        expect(names(el)).to.include(liege);
        el.groupBy = 'role';
        await el.updateComplete;
        expect(headings(el)[0]).to.equal(groups);
      });
    }

    it('marks a name shown in another language than the page’s, for screen readers', async () => {
      document.documentElement.lang = 'de';
      const el = await fixture<NpPartnerList>(seed());
      const agency = [...root(el).querySelectorAll('[part="name"]')].find((name) => name.textContent!.startsWith('Agence'))!;
      expect(agency.getAttribute('lang')).to.equal('fr');
      const aachen = [...root(el).querySelectorAll('[part="name"]')].find((name) => name.textContent === 'Stadt Aachen')!;
      expect(aachen.hasAttribute('lang')).to.equal(false);
    });
  });

  describe('input forms', () => {
    it('reads a plain list with data attributes, which stays the content before scripts', async () => {
      const el = await fixture<NpPartnerList>(html`<np-partner-list group-by="country">
        <ul>
          <li data-role="partner" data-country="nl" data-type="city" data-city="Heerlen">
            <img src="/packages/partner-list/test/logo.svg" alt="" width="120" height="40" />
            <a href="https://www.heerlen.nl">Gemeente Heerlen</a>
          </li>
          <li data-country="BE"><a href="https://www.genk.be" data-city="Genk">Stad Genk</a></li>
          <li>Zonder site</li>
        </ul>
      </np-partner-list>`);
      expect(headings(el)).to.deep.equal(['Belgique (1)', 'Pays-Bas (1)', 'Autres (1)']);
      expect(places(el)).to.deep.equal(['Genk, Belgique', 'Heerlen, Pays-Bas']);
      const logo = root(el).querySelector('img')!;
      expect([logo.getAttribute('width'), logo.getAttribute('height'), logo.getAttribute('loading')]).to.deep.equal(['120', '40', 'lazy']);
      expect(root(el).querySelector('a')!.getAttribute('href')).to.equal('https://www.genk.be');
      expect(el.querySelector('ul')!.getBoundingClientRect().height).to.equal(0);
    });

    it('names a partner of a logo wall after its logo’s text alternative, shown as text', async () => {
      const el = await fixture<NpPartnerList>(html`<np-partner-list>
        <ul>
          <li>
            <a href="www.genk.be"><img src="/packages/partner-list/test/logo.svg" alt="Stad Genk" width="120" height="40" /></a>
          </li>
        </ul>
      </np-partner-list>`);
      expect(names(el)).to.deep.equal(['Stad Genk']);
      // The name is text beside the logo: the logo itself is decorative, not read twice.
      expect(root(el).querySelector('img')!.getAttribute('alt')).to.equal('');
      // Written without scheme, as editors do: the partner's site, not a page of this one.
      expect(root(el).querySelector<HTMLAnchorElement>('[part="name"]')!.href).to.equal('https://www.genk.be/');
      // Lists without markers keep their list role in WebKit only when it is explicit.
      expect(root(el).querySelector('[part="list"]')!.getAttribute('role')).to.equal('list');
    });

    it('keeps a light-DOM logo beside its name silent, so the name is read once', async () => {
      const el = await fixture<NpPartnerList>(html`<np-partner-list>
        <ul>
          <li>
            <a href="https://www.liege.be"><img src="/packages/partner-list/test/logo.svg" alt="Ville de Liège" width="120" height="40" /> Ville de Liège</a>
          </li>
        </ul>
      </np-partner-list>`);
      expect(names(el)).to.deep.equal(['Ville de Liège']);
      expect(root(el).querySelector('img')!.getAttribute('alt')).to.equal('');
    });

    it('takes the partners property over the JSON, and the JSON over the list', async () => {
      const el = await fixture<NpPartnerList>(html`<np-partner-list>
        <script type="application/json">
          [{ "name": "Depuis le JSON" }]
        </script>
        <ul>
          <li>Depuis la liste</li>
        </ul>
      </np-partner-list>`);
      expect(names(el)).to.deep.equal(['Depuis le JSON']);
      el.partners = [{ name: 'Depuis la propriété' }];
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Depuis la propriété']);
      el.partners = undefined;
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Depuis le JSON']);
    });

    it('follows edits of the JSON and of the list', async () => {
      const el = await fixture<NpPartnerList>(html`<np-partner-list><ul><li>Liège</li></ul></np-partner-list>`);
      el.querySelector('ul')!.insertAdjacentHTML('beforeend', '<li>Aachen</li>');
      await settle(el);
      expect(names(el)).to.deep.equal(['Aachen', 'Liège']);
      el.insertAdjacentHTML('afterbegin', '<script type="application/json">[{"name": "Genk"}]</script>');
      await settle(el);
      expect(names(el)).to.deep.equal(['Genk']);
    });
  });

  describe('grouping and sorting', () => {
    const partners: Partner[] = [
      { name: 'Zuyd', role: 'academic' },
      { name: 'Élan', role: 'réseau' },
      { name: 'Aachen', role: 'partner' },
      { name: 'Ohne Rolle' },
      { name: 'Eupen', role: 'partner' },
      { name: 'Obs', role: 'observateur' },
      { name: 'Coord', role: 'coordinator' },
      { name: 'Assoc', role: 'associated' },
    ];

    it('orders known roles first, then other roles as written, then partners without a role', async () => {
      const el = await fixture<NpPartnerList>(html`<np-partner-list .partners=${partners}></np-partner-list>`);
      expect(headings(el)).to.deep.equal([
        'Coordinateur (1)',
        'Partenaires (2)',
        'Partenaire académique (1)',
        'Partenaire associé (1)',
        'réseau (1)',
        'observateur (1)',
        'Autres (1)',
      ]);
    });

    it('sorts with the language’s collation, or keeps the authored order with sort="none"', async () => {
      const el = await fixture<NpPartnerList>(html`<np-partner-list group-by="none" .partners=${partners}></np-partner-list>`);
      expect(headings(el)).to.deep.equal([]);
      expect(names(el)).to.deep.equal(['Aachen', 'Assoc', 'Coord', 'Élan', 'Eupen', 'Obs', 'Ohne Rolle', 'Zuyd']);
      el.sort = 'none';
      await el.updateComplete;
      expect(names(el)).to.deep.equal(partners.map((partner) => partner.name));
    });

    it('uses the heading level asked for, and level 3 for one outside 2–6, with a warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpPartnerList>(html`<np-partner-list heading-level="2" .partners=${partners}></np-partner-list>`);
      expect(root(el).querySelectorAll('h2')).to.have.length(7);
      el.headingLevel = 9;
      await el.updateComplete;
      expect(root(el).querySelectorAll('h3')).to.have.length(7);
      expect(warnings(warn)).to.deep.equal(['<np-partner-list> heading-level: invalid "9", expected 2, 3, 4, 5, 6']);
    });

    it('renders 500 partners, every one of them', async () => {
      const many = Array.from({ length: 500 }, (_, index): Partner => ({
        name: `Partenaire ${String(index).padStart(3, '0')}`,
        country: ['BE', 'NL', 'DE'][index % 3],
        role: index % 5 ? 'partner' : 'academic',
        type: index % 2 ? 'city' : 'ngo',
        url: `https://example.org/${index}`,
      }));
      const el = await fixture<NpPartnerList>(html`<np-partner-list filter .partners=${many}></np-partner-list>`);
      expect(root(el).querySelectorAll('[part="partner"]')).to.have.length(500);
      expect(headings(el)).to.deep.equal(['Partenaires (400)', 'Partenaires académiques (100)']);
      expect(status(el)).to.equal('500 partenaires');
    });
  });

  describe('filtering', () => {
    it('filters by country and type from the keyboard, announcing the count politely', async () => {
      const el = await fixture<NpPartnerList>(seed('filter'));
      const live = root(el).querySelector('[part="count"]')!;
      expect(live.getAttribute('role')).to.equal('status');
      expect(status(el)).to.equal('13 partenaires');
      const legends = [...root(el).querySelectorAll('legend')].map((legend) => legend.textContent);
      expect(legends).to.deep.equal(['Pays', 'Type']);
      expect([...root(el).querySelectorAll('input[name="country"]')].map((input) => clean(input.parentElement!.textContent))).to.deep.equal([
        'Tous',
        'Allemagne',
        'Belgique',
        'Pays-Bas',
      ]);

      radio(el, 'country', '').focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(radio(el, 'country', 'BE').checked).to.equal(true);
      expect(status(el)).to.equal('10 partenaires');
      expect(headings(el)).to.deep.equal(['Coordinateurs (2)', 'Partenaires (6)', 'Partenaires académiques (2)']);

      radio(el, 'type', '').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(radio(el, 'type', 'city').checked).to.equal(true);
      expect(status(el)).to.equal('5 partenaires');
      expect(headings(el)).to.deep.equal(['Partenaires (5)']);
    });

    it('says "1 partenaire", "1 Partner", "1 partner" in the singular', async () => {
      const el = await fixture<NpPartnerList>(seed('filter'));
      radio(el, 'country', 'DE').click();
      await el.updateComplete;
      expect(status(el)).to.equal('1 partenaire');
      document.documentElement.lang = 'en';
      await settle(el);
      expect(status(el)).to.equal('1 partner');
      expect(clean(radio(el, 'country', 'DE').parentElement!.textContent)).to.equal('Germany');
    });

    it('keeps the choice in the URL hash with filter-state="hash", and follows the hash', async () => {
      history.replaceState(null, '', '#tab=2');
      const el = await fixture<NpPartnerList>(seed('filter filter-state="hash" id="partenaires"'));
      radio(el, 'country', 'NL').click();
      await el.updateComplete;
      expect(location.hash).to.equal('#tab=2&np-partenaires-country=NL');
      radio(el, 'type', 'university').click();
      await el.updateComplete;
      expect(location.hash).to.equal('#tab=2&np-partenaires-country=NL&np-partenaires-type=university');
      expect(names(el)).to.deep.equal(['Haute école Zuyd']);

      const reloaded = await fixture<NpPartnerList>(seed('filter filter-state="hash" id="partenaires"'));
      expect(radio(reloaded, 'type', 'university').checked).to.equal(true);
      expect(status(reloaded)).to.equal('1 partenaire');

      const changed = oneEvent(window, 'hashchange');
      location.hash = '#np-partenaires-country=BE';
      await changed;
      await reloaded.updateComplete;
      expect(status(reloaded)).to.equal('10 partenaires');

      radio(reloaded, 'country', '').click();
      await reloaded.updateComplete;
      expect(location.hash).to.equal('');
    });

    it('leaves an anchor alone, and keeps its filters when a hash that is not its own comes', async () => {
      history.replaceState(null, '', '#top');
      const el = await fixture<NpPartnerList>(seed('filter filter-state="hash"'));
      radio(el, 'country', 'NL').click();
      await el.updateComplete;
      // #top still names its element: nothing appended to it.
      expect(location.hash).to.equal('#top');
      history.replaceState(null, '', location.pathname + location.search);
      radio(el, 'country', 'DE').click();
      await el.updateComplete;
      expect(location.hash).to.equal('#np-country=DE');
      const changed = oneEvent(window, 'hashchange');
      location.hash = '#contact';
      await changed;
      await el.updateComplete;
      expect(radio(el, 'country', 'DE').checked).to.equal(true);
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('keeps two lists on one page apart, each with its own filters and hash keys', async () => {
      const warn = sinon.stub(console, 'warn');
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.append(seed('filter filter-state="hash" id="emr"'), seed('filter filter-state="hash" id="academic" group-by="country"'));
      const [first, second] = [...box.querySelectorAll('np-partner-list')];
      await first!.updateComplete;
      await second!.updateComplete;
      radio(first!, 'country', 'DE').click();
      await first!.updateComplete;
      radio(second!, 'type', 'university').click();
      await second!.updateComplete;
      expect(location.hash).to.equal('#np-emr-country=DE&np-academic-type=university');
      expect(status(first!)).to.equal('1 partenaire');
      expect(status(second!)).to.equal('4 partenaires');
      expect(radio(second!, 'country', 'DE').checked).to.equal(false);
      expect(warn.callCount).to.equal(0);
    });

    it('ignores a hash choice that matches no option, and the hash without filter-state', async () => {
      history.replaceState(null, '', '#np-country=FR&np-type=%E0');
      const el = await fixture<NpPartnerList>(seed('filter filter-state="hash"'));
      expect(status(el)).to.equal('13 partenaires');
      // "All" is what is in effect, so "All" is the checked option: a radio group with none checked
      // tells a screen reader user nothing.
      expect(radio(el, 'country', '').checked).to.equal(true);
      expect(radio(el, 'type', '').checked).to.equal(true);
      history.replaceState(null, '', '#np-country=NL');
      const other = await fixture<NpPartnerList>(seed('filter'));
      expect(status(other)).to.equal('13 partenaires');
    });
  });

  describe('bad input', () => {
    it('shows a localised message and the light-DOM list when the JSON cannot be read', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpPartnerList>(html`<np-partner-list>
        <script type="application/json">
          [{ "name": "Liège", }]
        </script>
        <ul>
          <li><a href="https://www.liege.be">Ville de Liège</a></li>
        </ul>
      </np-partner-list>`);
      expect(clean(root(el).querySelector('[part="warning"]')!.textContent)).to.equal('Les données des partenaires sont illisibles.');
      expect(el.querySelector('ul')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(warnings(warn)).to.deep.equal(['<np-partner-list> <script type="application/json">: cannot be read, expected an array of {"name": …}']);
      document.documentElement.lang = 'nl';
      await settle(el);
      expect(clean(root(el).querySelector('[part="warning"]')!.textContent)).to.equal('De partnergegevens zijn onleesbaar.');
    });

    it('skips nameless partners, drops unsafe URLs and bad fields, warning once for each', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpPartnerList>(html`<np-partner-list
        .partners=${[
          { name: '  ' },
          { name: { fr: 'Piège', en: 'Trap' }, url: 'javascript:alert(1)', logo: { src: ' JaVaScRiPt:alert(1)' } },
          { name: 'Sans taille', logo: { src: '/packages/partner-list/test/logo.svg' }, country: 'Belgique', type: 'school' },
          null,
        ] as unknown as Partner[]}
      ></np-partner-list>`);
      expect(names(el)).to.deep.equal(['Piège', 'Sans taille']);
      expect(root(el).querySelectorAll('a')).to.have.length(0);
      expect(root(el).querySelectorAll('img')).to.have.length(1);
      expect(warnings(warn)).to.deep.equal([
        '<np-partner-list> partners: partner 1 has no name, skipped',
        '<np-partner-list> partners: "Trap": unsafe URL "javascript:alert(1)" dropped',
        '<np-partner-list> partners: "Trap": logo unsafe URL "JaVaScRiPt:alert(1)" dropped',
        '<np-partner-list> partners: "Sans taille": logo has no width and height',
        '<np-partner-list> partners: "Sans taille": country invalid "Belgique", expected a two-letter ISO 3166-1 code such as BE',
        '<np-partner-list> partners: "Sans taille": type invalid "school", expected city, university, agency, ngo, other',
        '<np-partner-list> partners: partner 4 has no name, skipped',
      ]);
      el.requestUpdate();
      await el.updateComplete;
      expect(warn.callCount).to.equal(7);
    });

    it('drops an unsafe link from the light-DOM list', async () => {
      const warn = sinon.stub(console, 'warn');
      // A string: an entity-disguised scheme, as a CMS would print it, which lit templates refuse to write.
      const el = await fixture<NpPartnerList>('<np-partner-list><ul><li><a href="java&#x09;script:alert(1)">Piège</a></li></ul></np-partner-list>');
      expect(names(el)).to.deep.equal(['Piège']);
      expect(root(el).querySelector('a')).to.equal(null);
      expect(warnings(warn)).to.deep.equal(['<np-partner-list> <li>: "Piège": unsafe URL "java\tscript:alert(1)" dropped']);
    });

    it('says when the partners property is not a list', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpPartnerList>(html`<np-partner-list .partners=${{ name: 'Liège' } as unknown as Partner[]}></np-partner-list>`);
      expect(clean(root(el).querySelector('[part="warning"]')!.textContent)).to.equal('Les données des partenaires sont illisibles.');
      expect(warnings(warn)).to.deep.equal(['<np-partner-list> partners: cannot be read, expected an array of {"name": …}']);
    });

    it('treats JSON without a usable partner as unreadable, keeping the CMS list visible', async () => {
      const warn = sinon.stub(console, 'warn');
      for (const json of ['[]', '[{ "name": "" }]']) {
        const el = await fixture<NpPartnerList>(
          `<np-partner-list><script type="application/json">${json}</script><ul><li><a href="https://www.liege.be">Ville de Liège</a></li></ul></np-partner-list>`,
        );
        expect(clean(root(el).querySelector('[part="warning"]')!.textContent)).to.equal('Les données des partenaires sont illisibles.');
        expect(el.querySelector('ul')!.getBoundingClientRect().height).to.be.greaterThan(0);
      }
      expect(warnings(warn)).to.deep.equal([
        '<np-partner-list> <script type="application/json">: cannot be read, expected an array of {"name": …}',
        '<np-partner-list> <script type="application/json">: partner 1 has no name, skipped',
        '<np-partner-list> <script type="application/json">: cannot be read, expected an array of {"name": …}',
      ]);
    });

    it('warns about settings it does not know, naming the attribute, and uses the defaults', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpPartnerList>(
        seed('group-by="city" sort="random" layout="cards" filter-state="query" heading-level="9"'),
      );
      expect(warnings(warn)).to.deep.equal([
        '<np-partner-list> group-by: invalid "city", expected role, country, none',
        '<np-partner-list> sort: invalid "random", expected name, none',
        '<np-partner-list> layout: invalid "cards", expected list, grid',
        '<np-partner-list> filter-state: invalid "query", expected hash',
        '<np-partner-list> heading-level: invalid "9", expected 2, 3, 4, 5, 6',
      ]);
      expect(headings(el)).to.deep.equal(['Coordinateurs (2)', 'Partenaires (8)', 'Partenaires académiques (3)']);
      expect(root(el).querySelector('[part="heading"]')!.localName).to.equal('h3');
      expect(names(el)[0]).to.equal('Local Environment Management and Analysis (LEMA)');
    });

    it('falls back to the name alone when a logo fails to load', async () => {
      const el = await fixture<NpPartnerList>(html`<np-partner-list
        .partners=${[{ name: 'Stad Genk', logo: { src: '/missing-logo.png', width: 100, height: 50 } }]}
      ></np-partner-list>`);
      await waitUntil(() => !root(el).querySelector('img'), 'the broken logo stays');
      expect(names(el)).to.deep.equal(['Stad Genk']);
    });
  });

  describe('rendering', () => {
    it('lays out a grid of cards that narrows to one column in a narrow container', async () => {
      const wide = await fixture<NpPartnerList>(html`<div style="width: 60em">
        <np-partner-list layout="grid" .partners=${seedPartners}></np-partner-list>
      </div>`);
      const el = wide.querySelector('np-partner-list')!;
      await el.updateComplete;
      const columns = () => getComputedStyle(root(el).querySelector('[part="list"]')!).gridTemplateColumns.split(' ').length;
      expect(columns()).to.be.greaterThan(2);
      wide.style.width = '12em';
      await nextFrame();
      expect(columns()).to.equal(1);
    });

    it('puts the logo above the name in a narrow column, beside it in a wide one', async () => {
      const partners = [{ name: 'Stad Genk', logo: { src: '/packages/partner-list/test/logo.svg', width: 120, height: 40 } }];
      const box = await fixture<HTMLDivElement>(html`<div style="width: 40em"><np-partner-list .partners=${partners}></np-partner-list></div>`);
      const el = box.querySelector('np-partner-list')!;
      await el.updateComplete;
      const direction = () => getComputedStyle(root(el).querySelector('[part="partner"]')!).flexDirection;
      expect(direction()).to.equal('row');
      box.style.width = '15em';
      await nextFrame();
      expect(direction()).to.equal('column');
    });

    it('writes schema.org microdata: the project as an Organization with its partners as members', async () => {
      const el = await fixture<NpPartnerList>(seed('structured-data project-name="N-POWER" project-url="/n-power"'));
      const data = readStructuredData(el) as ReadItem & { member: ReadItem[] };
      expect(data['@type']).to.equal('Organization');
      expect(data.name).to.equal('N-POWER');
      expect(data.url).to.equal(new URL('/n-power', location.href).href);
      expect(data.member).to.have.length(13);
      expect(data.member[2]).to.deep.equal({
        '@type': 'GovernmentOrganization',
        name: 'Ville de Liège',
        url: 'https://www.liege.be/',
        address: { '@type': 'PostalAddress', addressCountry: 'BE', addressLocality: 'Liège' },
      });
      expect(data.member[12]!['@type']).to.equal('CollegeOrUniversity');
      el.structuredData = false;
      await el.updateComplete;
      expect(readStructuredData(el)).to.equal(undefined);
    });

    it('leaves the content as the CMS printed it, and throws nothing, with no partners at all', async () => {
      const el = await fixture<NpPartnerList>(html`<np-partner-list filter><p>Liste à venir.</p></np-partner-list>`);
      expect(names(el)).to.deep.equal([]);
      expect(root(el).querySelector('[part="count"]')).to.equal(null);
      expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  describe('accessibility', () => {
    it('grouped list with filters, after filtering', async () => {
      const el = await fixture<NpPartnerList>(seed('filter'));
      await assertAccessible(el);
      radio(el, 'country', 'NL').click();
      await el.updateComplete;
      await assertAccessible(el);
    });

    it('grid by country, ungrouped list, unreadable data', async () => {
      await assertAccessible(await fixture(seed('layout="grid" group-by="country"')));
      await assertAccessible(await fixture(seed('group-by="none"')));
      sinon.stub(console, 'warn');
      await assertAccessible(await fixture(html`<np-partner-list><script type="application/json">{</script><ul><li>Liège</li></ul></np-partner-list>`),);
    });
  });
});

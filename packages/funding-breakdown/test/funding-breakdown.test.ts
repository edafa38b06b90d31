import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { NpFundingBreakdown } from '../src/funding-breakdown.js';
import { readStructuredData, type ReadItem } from '../../../test-support/structured-data.js';
import { assertAccessible } from '../../../test-support/accessibility.js';

const seedList = html`<ul>
  <li>FEDER 50%</li>
  <li>Région wallonne 40%</li>
  <li>Ville de Liège 10%</li>
</ul>`;
const seed = html`<np-funding-breakdown total="539349.58" currency="EUR">${seedList}</np-funding-breakdown>`;

const root = (el: NpFundingBreakdown) => el.shadowRoot!;
const clean = (value: string | null | undefined) => (value ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
/** The table as text, row by row, spaces normalised. */
const table = (el: NpFundingBreakdown) =>
  [...root(el).querySelectorAll('tbody tr, tfoot tr')].map((row) => [...row.children].map((cell) => clean(cell.textContent)));
const warnings = (el: NpFundingBreakdown) => [...root(el).querySelectorAll('[part="warning"]')].map((p) => clean(p.textContent));
const period = (el: NpFundingBreakdown) => clean(root(el).querySelector('[part="period"]')?.textContent);
const consoleWarnings = (warn: sinon.SinonStub) => warn.args.map(([message]) => String(message));
/** What this browser's Intl writes for the same range (engines differ in dashes and spaces). */
const intlRange = (locale: string, options: Intl.DateTimeFormatOptions, from: string, to: string) =>
  clean(new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).formatRange(new Date(from), new Date(to)));
const occurrences = (text: string, word: string) => text.split(word).length - 1;

describe('<np-funding-breakdown>', () => {
  const pageLang = document.documentElement.lang;
  beforeEach(() => {
    document.documentElement.lang = 'fr-BE';
  });
  afterEach(() => {
    document.documentElement.lang = pageLang;
    sinon.restore();
  });

  it('splits the seed budget to the cent, in a real table', async () => {
    const el = await fixture<NpFundingBreakdown>(seed);
    expect(clean(root(el).querySelector('[part="heading"]')!.textContent)).to.equal('Budget');
    expect(clean(root(el).querySelector('[part="total"]')!.textContent)).to.equal('539 349,58 €');
    expect(table(el)).to.deep.equal([
      ['Fonds européen de développement régional (FEDER)', '50 %', '269 674,79 €'],
      ['Région wallonne', '40 %', '215 739,83 €'],
      ['Ville de Liège', '10 %', '53 934,96 €'],
      ['Total', '100 %', '539 349,58 €'],
    ]);
    expect(root(el).querySelector('caption')!.textContent).to.equal('Qui finance le projet');
    expect([...root(el).querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect([...root(el).querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    expect(warnings(el)).to.deep.equal([]);
  });

  it('formats with format-locale', async () => {
    const el = await fixture<NpFundingBreakdown>(seed);
    el.formatLocale = 'de-DE';
    await el.updateComplete;
    expect(clean(root(el).querySelector('[part="total"]')!.textContent)).to.equal('539.349,58 €');
  });

  for (const [lang, heading, first, total] of [
    ['nl-BE', 'Budget', 'Europees Fonds voor Regionale Ontwikkeling (EFRO)', '€ 539.349,58'],
    ['de', 'Budget', 'Europäischer Fonds für regionale Entwicklung (EFRE)', '539.349,58 €'],
    ['en', 'Budget', 'European Regional Development Fund (ERDF)', '€539,349.58'],
  ]) {
    it(`speaks ${lang}, following a change of <html lang>`, async () => {
      const el = await fixture<NpFundingBreakdown>(seed);
      document.documentElement.lang = lang!;
      await nextFrame();
      await el.updateComplete;
      expect(clean(root(el).querySelector('[part="heading"]')!.textContent)).to.equal(heading);
      expect(table(el)[0]![0]).to.equal(first);
      expect(clean(root(el).querySelector('[part="total"]')!.textContent)).to.equal(total);
    });
  }

  describe('input forms', () => {
    it('reads amounts written in the locale, in either currency position, and works out shares and total', async () => {
      document.documentElement.lang = 'nl-BE';
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown>
        <ul>
          <li>EFRO € 269.674,79</li>
          <li>Waals Gewest 215.739,83 €</li>
          <li>Stad Luik: 53.934,96</li>
        </ul>
      </np-funding-breakdown>`);
      expect(table(el).map((row) => row.slice(1))).to.deep.equal([
        ['50%', '€ 269.674,79'],
        ['40%', '€ 215.739,83'],
        ['10%', '€ 53.934,96'],
        ['100%', '€ 539.349,58'],
      ]);
    });

    it('reads "50 %" and "50,5%" shares', async () => {
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown total="1000">
        <ol><li>A 50,5%</li><li>B 49,5 %</li></ol>
      </np-funding-breakdown>`);
      expect(table(el).map((row) => row.slice(1))).to.deep.equal([
        ['50,5 %', '505,00 €'],
        ['49,5 %', '495,00 €'],
        ['100 %', '1 000,00 €'],
      ]);
    });

    it('reads a table, skipping its header row', async () => {
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown total="539349.58">
        <table>
          <thead><tr><th>Source</th><th>Part</th></tr></thead>
          <tbody>
            <tr><td>FEDER</td><td>50 %</td></tr>
            <tr><td>Région wallonne</td><td>40 %</td></tr>
            <tr><td>Ville de Liège</td><td>10 %</td></tr>
          </tbody>
        </table>
      </np-funding-breakdown>`);
      expect(table(el)[2]).to.deep.equal(['Ville de Liège', '10 %', '53 934,96 €']);
    });

    it('takes sources as JSON or as a property, over the light DOM', async () => {
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown
        total="200"
        sources='[{"label":"Interreg EMR","share":75,"fund":"interreg"},{"label":"Provincie Limburg","amount":50}]'
      >
        <ul><li>Ignored 100%</li></ul>
      </np-funding-breakdown>`);
      expect(table(el).map((row) => row.slice(0, 3))).to.deep.equal([
        ['Coopération territoriale européenne (Interreg)', '75 %', '150,00 €'],
        ['Provincie Limburg', '25 %', '50,00 €'],
        ['Total', '100 %', '200,00 €'],
      ]);
      el.sources = [{ label: 'ESF+', share: 100 }];
      await el.updateComplete;
      expect(table(el)[0]).to.deep.equal(['Fonds social européen plus (FSE+)', '100 %', '200,00 €']);
    });

    it('picks up light DOM changes', async () => {
      const el = await fixture<NpFundingBreakdown>(seed);
      el.querySelector('li')!.textContent = 'FEDER 60%';
      el.querySelectorAll('li')[2]!.remove();
      await nextFrame();
      await el.updateComplete;
      expect(table(el)[0]![2]).to.equal('323 609,75 €');
    });
  });

  describe('validation', () => {
    it('states by how much the shares miss 100 %, and still shows what it can', async () => {
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown total="1000">
        <ul><li>A 50%</li><li>B 45%</li></ul>
      </np-funding-breakdown>`);
      expect(warnings(el)).to.deep.equal(['Somme 95 % au lieu de 100 % (écart 5 %).']);
      expect(table(el)).to.have.length(3);
    });

    it('states by how much the amounts miss the total', async () => {
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown total="1000">
        <ul><li>A 600 €</li><li>B 300 €</li></ul>
      </np-funding-breakdown>`);
      expect(warnings(el)).to.deep.equal(['Somme 900,00 € au lieu de 1 000,00 € (écart 100,00 €).']);
    });

    it('names negative, non-numeric and missing values, without throwing', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown total="1000">
        <table>
          <tr><td>A</td><td>-5 %</td></tr>
          <tr><td>B</td><td>12,,5 %</td></tr>
          <tr><td>C</td><td></td></tr>
          <tr><td>D</td><td>100 %</td></tr>
        </table>
      </np-funding-breakdown>`);
      expect(warnings(el)).to.deep.equal([
        '« A » : valeur « -5 % » non valable, non reprise.',
        '« B » : valeur « 12,,5 % » non valable, non reprise.',
        '« C » : ni part ni montant.',
      ]);
      expect(table(el)[0]).to.deep.equal(['D', '100 %', '1 000,00 €']);
      expect(warn.args.map(([message]) => String(message))).to.deep.equal([
        '<np-funding-breakdown> sources: "A": invalid "-5 %", expected a share (50%) or an amount (1000), from 0',
        '<np-funding-breakdown> sources: "B": invalid "12,,5 %", expected a share (50%) or an amount (1000), from 0',
        '<np-funding-breakdown> sources: "C": missing, expected a share (50%) or an amount (1000), from 0',
      ]);
    });

    it('says when the total is missing and amounts cannot be worked out', async () => {
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown><ul><li>A 100%</li></ul></np-funding-breakdown>`);
      expect(warnings(el)).to.deep.equal(['Total manquant : montants non calculables.']);
      expect(table(el)[0]).to.deep.equal(['A', '100 %', '–']);
    });

    it('reports unreadable JSON and bad attributes', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown sources="[oops" total="lots" currency="XX"
        start="June" end="2021-13-45"><ul><li>A 100%</li></ul></np-funding-breakdown>`);
      expect(warnings(el)[0]).to.equal('Les données de financement sont illisibles.');
      expect(warn.args.map(([message]) => String(message))).to.include(
        '<np-funding-breakdown> sources: cannot be read, expected an array of {label, share?, amount?}',
      );
      const attributes = warn.args.map(([message]) => String(message).split(':')[0]);
      expect(attributes).to.include.members([
        '<np-funding-breakdown> sources',
        '<np-funding-breakdown> total',
        '<np-funding-breakdown> start',
        '<np-funding-breakdown> end',
      ]);
    });
  });

  for (const [lang, mismatch, invalid, missing, period] of [
    ['en', 'Sum 50% instead of 100%', 'invalid value', 'no share or amount', 'Project period: June 2018'],
    ['nl', 'Som 50% in plaats van 100%', 'ongeldige waarde', 'geen aandeel of bedrag', 'Looptijd: juni 2018'],
    ['de', 'Summe 50 % statt 100 %', 'ungültiger Wert', 'weder Anteil noch Betrag', 'Laufzeit: Juni 2018'],
  ]) {
    it(`explains problems in ${lang}`, async () => {
      sinon.stub(console, 'warn');
      document.documentElement.lang = lang!;
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown start="2018-06" sources='[
        {"label":"A","share":50},{"label":"B","share":-1},{"label":"C"}]'></np-funding-breakdown>`);
      const text = warnings(el).join(' ');
      for (const expected of [mismatch, invalid, missing]) expect(text).to.include(expected!);
      expect(clean(root(el).querySelector('[part="period"]')!.textContent)).to.equal(period);
    });
  }

  describe('rendering', () => {
    it('draws a bar by default, a donut or nothing, hidden from assistive technology, with patterns and labels', async () => {
      const el = await fixture<NpFundingBreakdown>(seed);
      const chart = () => root(el).querySelector('[part="chart"]');
      expect(chart()!.getAttribute('aria-hidden')).to.equal('true');
      expect([...chart()!.querySelectorAll('.bar > rect')].map((rect) => rect.getAttribute('width'))).to.deep.equal(['50', '40', '10']);
      expect(chart()!.querySelectorAll('pattern path[d]')).to.have.length(3);
      expect(clean(chart()!.querySelector('li')!.textContent)).to.equal('Fonds européen de développement régional (FEDER)');
      el.chart = 'donut';
      await el.updateComplete;
      expect(chart()!.querySelectorAll('.donut circle')).to.have.length(3);
      el.chart = 'none';
      await el.updateComplete;
      expect(chart()).to.equal(null);
    });

    it('shows the EU emblem to its geometry with the localised statement', async () => {
      const el = await fixture<NpFundingBreakdown>(seed);
      el.euEmblem = true;
      await el.updateComplete;
      const emblem = root(el).querySelector('[part="eu-emblem"]')!;
      expect(emblem.getAttribute('viewBox')).to.equal('0 0 810 540');
      expect(emblem.getAttribute('role')).to.equal('img');
      expect(emblem.getAttribute('aria-label')).to.equal('Cofinancé par l’Union européenne');
      const stars = [...emblem.querySelectorAll('polygon')];
      expect(stars).to.have.length(12);
      // Twelve stars, one point up, on a circle of radius a third of the height.
      for (const star of stars) {
        const points = star.getAttribute('points')!.split(' ').map((pair) => pair.split(',').map(Number));
        const cx = points.reduce((sum, [x]) => sum + x!, 0) / 10;
        const cy = points.reduce((sum, [, y]) => sum + y!, 0) / 10;
        expect(Math.hypot(cx - 405, cy - 270)).to.be.closeTo(180, 0.5);
        expect(points[0]![1]).to.be.below(cy);
        expect(points[0]![0]).to.be.closeTo(cx, 0.01);
      }
      expect(clean(root(el).querySelector('[part="eu"]')!.textContent)).to.equal('Cofinancé par l’Union européenne');
    });

    it('writes schema.org MonetaryGrant microdata for each funder, which search engines read', async () => {
      const el = await fixture<NpFundingBreakdown>(seed);
      expect(readStructuredData(el)).to.equal(undefined);
      el.structuredData = true;
      await el.updateComplete;
      const data = readStructuredData(el) as { '@graph': ReadItem[] };
      expect(data['@graph']).to.have.length(3);
      expect(data['@graph'][1]).to.deep.equal({
        '@type': 'MonetaryGrant',
        amount: { '@type': 'MonetaryAmount', currency: 'EUR', value: '215739.83' },
        funder: { '@type': 'Organization', name: 'Région wallonne' },
      });
      // Hidden: the CMS's own list is what visitors read.
      expect(el.querySelector<HTMLElement>('[data-np-structured-data]')!.hidden).to.equal(true);
      el.structuredData = false;
      await el.updateComplete;
      expect(readStructuredData(el)).to.equal(undefined);
    });
  });

  describe('heading-level', () => {
    const heading = (el: NpFundingBreakdown) => root(el).querySelector('[part="heading"]')!;

    it('is an h2 by default, as it always was', async () => {
      const el = await fixture<NpFundingBreakdown>(seed);
      expect(heading(el).localName).to.equal('h2');
      expect(root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')).to.have.length(1);
    });

    for (const level of [2, 3, 4, 5, 6]) {
      it(`gives an h${level} for heading-level="${level}", at the size of the h2`, async () => {
        const warn = sinon.stub(console, 'warn');
        const h2 = heading(await fixture<NpFundingBreakdown>(seed));
        const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown heading-level=${level} label="Financement"
          ><ul><li>FEDER 100%</li></ul></np-funding-breakdown
        >`);
        expect(el.headingLevel).to.equal(level);
        expect(heading(el).localName).to.equal(`h${level}`);
        expect(clean(heading(el).textContent)).to.equal('Financement');
        expect(root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')).to.have.length(1);
        expect(getComputedStyle(heading(el)).fontSize).to.equal(getComputedStyle(h2).fontSize);
        expect(getComputedStyle(heading(el)).marginBlockEnd).to.equal(getComputedStyle(h2).marginBlockEnd);
        expect(consoleWarnings(warn)).to.deep.equal([]);
      });
    }

    for (const written of ['1', '7', '3.5', 'three']) {
      it(`warns once about heading-level="${written}" and keeps the h2`, async () => {
        const warn = sinon.stub(console, 'warn');
        const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown heading-level=${written}>${seedList}</np-funding-breakdown>`);
        expect(heading(el).localName).to.equal('h2');
        // A render for another reason says nothing again.
        document.documentElement.lang = 'de';
        await nextFrame();
        await el.updateComplete;
        expect(clean(heading(el).textContent)).to.equal('Budget');
        expect(heading(el).localName).to.equal('h2');
        expect(consoleWarnings(warn)).to.deep.equal([
          `<np-funding-breakdown> heading-level: invalid "${written === 'three' ? 'NaN' : written}", expected 2, 3, 4, 5, 6`,
        ]);
      });
    }

    it('follows a change of the property, and goes back to the h2 when the attribute is removed', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown heading-level="4">${seedList}</np-funding-breakdown>`);
      el.headingLevel = 5;
      await el.updateComplete;
      expect(heading(el).localName).to.equal('h5');
      el.removeAttribute('heading-level');
      await el.updateComplete;
      expect(heading(el).localName).to.equal('h2');
      expect(consoleWarnings(warn)).to.deep.equal([]);
    });
  });

  describe('project period', () => {
    const prefixes: Record<string, string> = {
      'fr-BE': 'Durée du projet : ',
      'nl-BE': 'Looptijd: ',
      'de-DE': 'Laufzeit: ',
      'en-GB': 'Project period: ',
    };
    const months: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long' };

    for (const [locale, prefix] of Object.entries(prefixes)) {
      it(`is one range as ${locale} writes it, each shared part once`, async () => {
        document.documentElement.lang = locale;
        const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown start="2018-06" end="2021-12">${seedList}</np-funding-breakdown>`);
        const across = intlRange(locale, months, '2018-06', '2021-12');
        expect(period(el)).to.equal(prefix + across);
        expect([occurrences(across, '2018'), occurrences(across, '2021')]).to.deep.equal([1, 1]);

        el.start = '2021-01';
        await el.updateComplete;
        const sameYear = intlRange(locale, months, '2021-01', '2021-12');
        expect(period(el)).to.equal(prefix + sameYear);
        expect(occurrences(sameYear, '2021')).to.equal(1);

        el.start = '2021-12-01';
        el.end = '2021-12-31';
        await el.updateComplete;
        const sameMonth = intlRange(locale, { ...months, day: 'numeric' }, '2021-12-01', '2021-12-31');
        expect(period(el)).to.equal(prefix + sameMonth);
        const december = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date('2021-12-31'));
        expect([occurrences(sameMonth, december), occurrences(sameMonth, '2021')]).to.deep.equal([1, 1]);
        expect(sameMonth).to.match(/(^|\D)1(\D|$)/).and.to.match(/(^|\D)31(\D|$)/);

        el.start = '2018';
        el.end = '2021';
        await el.updateComplete;
        expect(period(el)).to.equal(prefix + intlRange(locale, { year: 'numeric' }, '2018', '2021'));
      });
    }

    it('writes the first and last day given, which no time zone moves', async () => {
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown start="2021-01-01" end="2021-12-31">${seedList}</np-funding-breakdown>`);
      // Spaces and dashes vary between engines; the days, months and year do not.
      expect(period(el).replace(/\s*[–-]\s*/, ' – ')).to.equal('Durée du projet : 1 janvier – 31 décembre 2021');
    });

    it('follows a change of language', async () => {
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown start="2018-06" end="2021-12">${seedList}</np-funding-breakdown>`);
      document.documentElement.lang = 'nl-BE';
      await nextFrame();
      await el.updateComplete;
      expect(period(el)).to.equal(`Looptijd: ${intlRange('nl-BE', months, '2018-06', '2021-12')}`);
    });

    it('shows both ends at the coarser precision when they differ, never inventing a day', async () => {
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown start="2018-06" end="2021-12-31">${seedList}</np-funding-breakdown>`);
      expect(period(el)).to.equal(`Durée du projet : ${intlRange('fr-BE', months, '2018-06', '2021-12')}`);
      expect(period(el)).not.to.include('31');
      el.start = '2018';
      await el.updateComplete;
      expect(period(el)).to.equal(`Durée du projet : ${intlRange('fr-BE', { year: 'numeric' }, '2018', '2021')}`);
    });

    it('shows one date alone at its own precision, as before', async () => {
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown start="2018-06">${seedList}</np-funding-breakdown>`);
      expect(period(el)).to.equal('Durée du projet : juin 2018');
      el.start = undefined;
      el.end = '2021-12-31';
      await el.updateComplete;
      expect(period(el)).to.equal('Durée du projet : 31 décembre 2021');
      el.end = undefined;
      await el.updateComplete;
      expect(root(el).querySelector('[part="period"]')).to.equal(null);
    });

    it('shows a period that starts and ends in the same month once', async () => {
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown start="2021-12" end="2021-12-31">${seedList}</np-funding-breakdown>`);
      expect(period(el)).to.equal('Durée du projet : décembre 2021');
    });

    it('warns once about each invalid date, in the one wording, and shows the other alone', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown start="2018-06-01T00:00" end="2021-02-30"
        >${seedList}</np-funding-breakdown
      >`);
      expect(root(el).querySelector('[part="period"]')).to.equal(null);
      el.end = '2021-12';
      await el.updateComplete;
      expect(period(el)).to.equal('Durée du projet : décembre 2021');
      document.documentElement.lang = 'en';
      await nextFrame();
      await el.updateComplete;
      expect(period(el)).to.equal('Project period: December 2021');
      expect(consoleWarnings(warn)).to.deep.equal([
        '<np-funding-breakdown> start: invalid "2018-06-01T00:00", expected an ISO date: 2018, 2018-06 or 2018-06-01',
        '<np-funding-breakdown> end: invalid "2021-02-30", expected an ISO date: 2018, 2018-06 or 2018-06-01',
        '<np-funding-breakdown> start: invalid "2018-06-01T00:00", expected an ISO date: 2018, 2018-06 or 2018-06-01',
      ]);
    });

    it('refuses an end before the start, with a warning, and shows the start', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown start="2021-06" end="2018-12-31">${seedList}</np-funding-breakdown>`);
      expect(period(el)).to.equal('Durée du projet : juin 2021');
      expect(consoleWarnings(warn)).to.deep.equal(['<np-funding-breakdown> end: invalid "2018-12-31", expected a date from start (2021-06) on']);
    });

    it('keeps the page’s language for dates, and a malformed format-locale breaks nothing', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown total="539349.58" currency="EUR" format-locale="de-DE" start="2018-06" end="2021-12"
        >${seedList}</np-funding-breakdown
      >`);
      expect(clean(root(el).querySelector('[part="total"]')!.textContent)).to.equal('539.349,58 €');
      expect(period(el)).to.equal(`Durée du projet : ${intlRange('fr-BE', months, '2018-06', '2021-12')}`);
      // The POSIX spellings WordPress and Drupal use are read too.
      for (const posix of ['de_DE', 'de_DE.UTF-8', 'de_DE@euro']) {
        el.formatLocale = posix;
        await el.updateComplete;
        expect(clean(root(el).querySelector('[part="total"]')!.textContent), posix).to.equal('539.349,58 €');
      }
      el.formatLocale = 'de DE!';
      await el.updateComplete;
      expect(clean(root(el).querySelector('[part="total"]')!.textContent)).to.equal('539 349,58 €');
      expect(table(el)[0]!.slice(1)).to.deep.equal(['50 %', '269 674,79 €']);
      expect(period(el)).to.equal(`Durée du projet : ${intlRange('fr-BE', months, '2018-06', '2021-12')}`);
      expect(consoleWarnings(warn)).to.deep.equal(['<np-funding-breakdown> format-locale: invalid "de DE!", expected a language tag such as de-BE or de_BE']);
    });
  });

  describe('what editors type in a CMS', () => {
    const total = (el: NpFundingBreakdown) => clean(root(el).querySelector('[part="total"]')?.textContent);

    it('reads a <tfoot> total row as the stated total, never as a funder', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown structured-data>
        <table>
          <thead><tr><th>Source</th><th>Montant</th></tr></thead>
          <tbody>
            <tr><td>FEDER</td><td>269&nbsp;674,79&nbsp;€</td></tr>
            <tr><td>Région wallonne</td><td>215&nbsp;739,83&nbsp;€</td></tr>
            <tr><td>Ville de Liège</td><td>53&nbsp;934,96&nbsp;€</td></tr>
          </tbody>
          <tfoot><tr><td>Total</td><td>539&nbsp;349,58&nbsp;€</td></tr></tfoot>
        </table>
      </np-funding-breakdown>`);
      expect(table(el).map((row) => row[0])).to.deep.equal([
        'Fonds européen de développement régional (FEDER)',
        'Région wallonne',
        'Ville de Liège',
        'Total',
      ]);
      expect(total(el)).to.equal('539 349,58 €');
      expect(warnings(el)).to.deep.equal([]);
      expect((readStructuredData(el) as { '@graph': ReadItem[] })['@graph']).to.have.length(3);
      expect(consoleWarnings(warn)).to.deep.equal([]);
    });

    it('checks the funders against the total attribute, a "Total" row being no funder', async () => {
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown total="540000">
        <ul>
          <li>FEDER : 269.674,79 €</li>
          <li>Région wallonne : 215.739,83 €</li>
          <li>Ville de Liège : 50.000,00 €</li>
          <li>Total : 539.349,58 €</li>
        </ul>
      </np-funding-breakdown>`);
      expect(table(el)).to.have.length(4);
      expect(total(el)).to.equal('540 000,00 €');
      expect(warnings(el)).to.have.length(1);
      expect(warnings(el)[0]).to.include('535 414,62 €');
    });

    it('reads labels with years and numbers in them', async () => {
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown total="1000000">
        <ul>
          <li>Horizon 2020 25 %</li>
          <li>Interreg VI 2021-2027 : 50&nbsp;%</li>
          <li>Programme 2014–2020 : 250 000 €</li>
        </ul>
      </np-funding-breakdown>`);
      expect(table(el)).to.deep.equal([
        ['Horizon 2020', '25 %', '250 000,00 €'],
        ['Interreg VI 2021-2027', '50 %', '500 000,00 €'],
        ['Programme 2014–2020', '25 %', '250 000,00 €'],
        ['Total', '100 %', '1 000 000,00 €'],
      ]);
      expect(warnings(el)).to.deep.equal([]);
    });

    it('checks a list that mixes amounts and shares against the total', async () => {
      const el = await fixture<NpFundingBreakdown>(html`<np-funding-breakdown total="1000">
        <ul>
          <li>FEDER 50 %</li>
          <li>Ville de Liège : 400 €</li>
        </ul>
      </np-funding-breakdown>`);
      expect(warnings(el)).to.have.length(1);
      expect(warnings(el)[0]).to.include('900,00 €');
      el.innerHTML = '<ul><li>FEDER 50 %</li><li>Ville de Liège : 500 €</li></ul>';
      await aTimeout(0);
      await el.updateComplete;
      expect(warnings(el)).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    it('the seed example', async () => {
      const el = await fixture<NpFundingBreakdown>(seed);
      el.euEmblem = true;
      await el.updateComplete;
      await assertAccessible(el);
    });

    it('with heading-level and the period', async () => {
      await assertAccessible(await fixture(html`<np-funding-breakdown heading-level="4" start="2018-06" end="2021-12-31">${seedList}</np-funding-breakdown>`),);
    });

    it('as a donut, with warnings', async () => {
      await assertAccessible(await fixture(html`<np-funding-breakdown total="1000" chart="donut"><ul><li>A 50%</li><li>B 45%</li></ul></np-funding-breakdown>`),);
    });
  });
});

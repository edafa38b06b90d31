import { expect } from '@open-wc/testing';
import { dayNamesIn, formatHours, parseHours } from '../src/hours.js';
import { escapeValue, foldLine, formatVCard, vCardFileName } from '../src/vcard.js';

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('vCard text', () => {
  it('escapes backslash, newline, comma and semicolon', () => {
    expect(escapeValue('a\\b\nc,d;e\r\nf')).to.equal('a\\\\b\\nc\\,d\\;e\\nf');
  });

  it('folds at 75 octets of UTF-8, never inside a character', () => {
    const line = `NOTE:${'é'.repeat(60)}${'€'.repeat(30)}😀${'a'.repeat(100)}`;
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).to.be.greaterThan(3);
    expect(lines.every((part) => octets(part) <= 75)).to.equal(true);
    expect(lines.slice(1).every((part) => part.startsWith(' '))).to.equal(true);
    expect(lines.map((part, index) => (index ? part.slice(1) : part)).join('')).to.equal(line);
  });

  it('writes CRLF lines between BEGIN and END, leaving out empty properties', () => {
    const card = formatVCard([
      ['FN', 'Ville de Liège'],
      ['ORG', undefined],
      ['ADR', ['', '', undefined]],
      ['N', ['Ville de Liège', '', '']],
    ]);
    expect(card).to.equal('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ville de Liège\r\nN:Ville de Liège;;\r\nEND:VCARD\r\n');
  });

  it('keeps N when empty, as vCard 3.0 requires it, and writes URLs unescaped', () => {
    const card = formatVCard([
      ['N', ['', '', '']],
      ['URL', 'https://example.org/a,b;c'],
    ]);
    expect(card).to.equal('BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;\r\nURL:https://example.org/a,b;c\r\nEND:VCARD\r\n');
  });

  it('names the file after the contact, without characters file systems refuse', () => {
    expect(vCardFileName('Maison de quartier: Droixhe/Liège')).to.equal('Maison de quartier Droixhe Liège.vcf');
    expect(vCardFileName('???')).to.equal('contact.vcf');
  });
});

describe('opening hours', () => {
  it('reads schema.org openingHours rules, day lists and several time ranges', () => {
    expect(parseHours('Mo-Fr 09:00-12:00; We,Sa 13:30-16:00,18:00-24:00, Su 10:00-11:00')).to.deep.equal([
      { days: [[0, 4]], times: [['09:00', '12:00']] },
      {
        days: [
          [2, 2],
          [5, 5],
        ],
        times: [
          ['13:30', '16:00'],
          ['18:00', '24:00'],
        ],
      },
      { days: [[6, 6]], times: [['10:00', '11:00']] },
    ]);
  });

  for (const written of ['Lundi 9h-12h', 'Mo-Fr', 'Mo-Fr 9:00-12:00', 'Mo-Xx 09:00-12:00', 'Mo-Fr 09:00-25:00', 'Mo-We-Fr 09:00-12:00']) {
    it(`refuses "${written}"`, () => {
      expect(parseHours(written)).to.equal(undefined);
    });
  }

  it('keeps the 24-hour clock of the Euregio in every language, closing at midnight as 24:00', () => {
    const rules = parseHours('Fr 18:00-24:00')!;
    expect(formatHours(rules, 'fr')).to.deep.equal(['ven. 18:00–24:00']);
    expect(formatHours(rules, 'de')).to.deep.equal(['Fr 18:00–24:00']);
    expect(formatHours(rules, 'en')).to.deep.equal(['Fri 18:00–24:00']);
  });

  it('lists every day of a range over the weekend', () => {
    expect(parseHours('Sa-Mo 10:00-12:00')).to.deep.equal([{ days: [[5, 0]], times: [['10:00', '12:00']] }]);
    expect(dayNamesIn([5, 0])).to.deep.equal(['Saturday', 'Sunday', 'Monday']);
    expect(dayNamesIn([2, 2])).to.deep.equal(['Wednesday']);
    expect(dayNamesIn([6, 5])).to.have.length(7);
  });

  it('writes days and times in each language', () => {
    const rules = parseHours('Mo-Fr 09:00-12:00; We 13:30-16:00')!;
    expect(formatHours(rules, 'fr-BE')).to.deep.equal(['lun.–ven. 09:00–12:00', 'mer. 13:30–16:00']);
    expect(formatHours(rules, 'nl')).to.deep.equal(['ma–vr 09:00–12:00', 'wo 13:30–16:00']);
    expect(formatHours(rules, 'de')).to.deep.equal(['Mo–Fr 09:00–12:00', 'Mi 13:30–16:00']);
    expect(formatHours(rules, 'en-GB')).to.deep.equal(['Mon–Fri 09:00–12:00', 'Wed 13:30–16:00']);
  });
});

import { expect } from '@open-wc/testing';
import { absoluteUrl, safeUrl, websiteUrl } from '../src/safe-url.js';

describe('safeUrl', () => {
  const kept = [
    'https://www.liege.be/fr',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG',
    'mailto:quartiers@example.org',
    'tel:+3242211111',
    '/vie-communale',
    'vie-communale/quartiers',
    '../up',
    '?page=2',
    '#contacts',
    '//cdn.example.org/a.js',
    '/a:b',
    '/recherche?q=quartiers&page=2',
    'mailto:quartiers@example.org?subject=N-POWER&body=Bonjour',
    'https://example.org/a&b',
  ];
  for (const url of kept) {
    it(`keeps ${url}`, () => expect(safeUrl(url)).to.equal(url));
  }

  it('trims what it keeps', () => expect(safeUrl('  /a  ')).to.equal('/a'));

  const dropped = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript&colon;alert(1)',
    'javascript&#58;alert(1)',
    'javascript&#x3A;alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'java&Tab;script:alert(1)',
    'java&NewLine;script:alert(1)',
    'java&#0;script:alert(1)',
    'java&unknown;script:alert(1)',
    // An & before the path could start an entity; a relative link this odd is dropped with it.
    'AT&T.html',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    '',
    '   ',
  ];
  for (const url of dropped) {
    it(`drops ${JSON.stringify(url)}`, () => expect(safeUrl(url)).to.equal(undefined));
  }

  it('drops what is not a string', () => {
    expect(safeUrl(undefined)).to.equal(undefined);
    expect(safeUrl(42)).to.equal(undefined);
    expect(safeUrl({ href: 'https://example.org' })).to.equal(undefined);
  });
});

describe('absoluteUrl', () => {
  it('resolves against the page or a given base', () => {
    expect(absoluteUrl('/a')).to.equal(new URL('/a', document.baseURI).href);
    expect(absoluteUrl('b', 'https://example.org/x/')).to.equal('https://example.org/x/b');
  });

  it('gives undefined when it cannot resolve', () => {
    expect(absoluteUrl('http://[invalid', 'https://example.org/')).to.equal(undefined);
  });
});

describe('websiteUrl', () => {
  const withoutScheme: [string, string][] = [
    ['www.liege.be', 'https://www.liege.be'],
    ['uhasselt.be/en', 'https://uhasselt.be/en'],
    ['zuyd.nl?lang=en', 'https://zuyd.nl?lang=en'],
    ['www.zuyd.nl#contact', 'https://www.zuyd.nl#contact'],
  ];
  for (const [written, read] of withoutScheme) {
    it(`reads ${written} as ${read}`, () => expect(websiteUrl(written)).to.equal(read));
  }

  // File names are relative links, never host names: liege.html is not https://liege.html.
  const unchanged = [
    'https://www.aachen.de',
    'http://example.org/a.b',
    '/quartiers',
    'team/contact',
    'mailto:a@example.org',
    '#contacts',
    'liege.html',
    'plan-quartier.pdf',
    'contact.php?id=3',
    'index.htm#map',
    'logo.png',
  ];
  for (const url of unchanged) {
    it(`keeps ${url}`, () => expect(websiteUrl(url)).to.equal(url));
  }

  it('drops unsafe URLs like safeUrl', () => {
    expect(websiteUrl('javascript:alert(1)')).to.equal(undefined);
    // A host with a port but no scheme is a URL of the scheme "intranet.example.org" to browsers.
    expect(websiteUrl('intranet.example.org:8443/team')).to.equal(undefined);
    expect(websiteUrl(7)).to.equal(undefined);
  });
});

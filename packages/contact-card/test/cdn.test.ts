import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { mf2 } from 'microformats-parser';
import { loadModuleScript, openPage, withoutScripts } from '../../../test-support/pages.js';
import { readStructuredData, type ReadItem } from '../../../test-support/structured-data.js';
import { NpContactCard } from '../src/contact-card.js';
import '../src/define.js';
import { readVCard } from './read-vcard.js';

const seedPage = '/packages/contact-card/examples/seed.html';

interface DownloadedFile {
  name: string;
  text: string;
}

/**
 * The files that `click` downloads. In Chromium the browser really saves them and the test
 * runner reads them from disk; other engines give tests no download manager, so there the
 * download link the page creates is caught and its file read from the test's window (the page's
 * CSP, default-src 'none', rightly forbids the page a fetch).
 */
async function download(page: Window, click: () => void): Promise<DownloadedFile[]> {
  const { supported } = (await executeServerCommand('np-downloads', { action: 'start' })) as { supported: boolean };
  // Chromium must take the real path, or this test would prove less than it says.
  if (navigator.userAgent.includes('Chrome/')) expect(supported).to.equal(true);
  try {
    if (supported) {
      click();
      let files: DownloadedFile[] = [];
      await waitUntil(async () => {
        ({ files } = (await executeServerCommand('np-downloads', { action: 'read' })) as { files: DownloadedFile[] });
        return files.length > 0;
      }, 'no file downloaded');
      return files;
    }
    const links: HTMLAnchorElement[] = [];
    const catchLink = (event: Event) => {
      const link = event.composedPath()[0] as HTMLAnchorElement;
      if (link.localName !== 'a' || !link.download) return;
      event.preventDefault();
      links.push(link);
    };
    page.document.addEventListener('click', catchLink, true);
    click();
    page.document.removeEventListener('click', catchLink, true);
    return Promise.all(links.map(async (link) => ({ name: link.download, text: await (await fetch(link.href)).text() })));
  } finally {
    await executeServerCommand('np-downloads', { action: 'stop' });
  }
}
const clean = (value: string | null | undefined) => (value ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe('dist/cdn/np-contact-card.js on a plain page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the CMS address before any script runs, with no email address in the source', async () => {
    const source = await withoutScripts(seedPage);
    const frame = await openPage({ srcdoc: source });
    const address = frame.contentDocument!.querySelector('np-contact-card address')!;
    expect(clean(address.textContent)).to.include('Rue de l’Exemple 1, 4020 Liège');
    expect(address.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(source).not.to.include('droixhe@example.org');
  });

  it('downloads, from the vCard button, a file the independent parser reads back whole, under a strict CSP', async () => {
    const page = (await openPage({ src: seedPage })).contentWindow!;
    await page.customElements.whenDefined('np-contact-card');
    const card = page.document.querySelector('np-contact-card')!;
    await card.updateComplete;
    const button = card.shadowRoot!.querySelector<HTMLButtonElement>('[part="download"]')!;
    expect(clean(button.textContent)).to.equal('Télécharger le contact (vCard)');
    const files = await download(page, () => button.click());
    expect(files.map((file) => file.name)).to.deep.equal(['Maison de quartier de Droixhe.vcf']);
    const file = files[0]!.text;
    expect(readVCard(file)).to.deep.equal({
      version: '3.0',
      fn: 'Maison de quartier de Droixhe',
      n: ['Maison de quartier de Droixhe', '', '', '', ''],
      org: 'Ville de Liège; service Participation',
      title: undefined,
      email: 'droixhe@example.org',
      tel: '+3240001234',
      adr: ['', '', 'Rue de l’Exemple 1', 'Liège', '', '4020', 'Belgique'],
      url: 'https://example.org/droixhe',
      note: 'Heures d’ouverture: lun.–ven. 09:00–12:00\nHeures d’ouverture: mer. 13:30–16:00\nOn parle français, néerlandais et allemand.',
    });
  });

  it('is found by a microformats parser of the rendered page, and describes itself in schema.org microdata', async () => {
    const page = (await openPage({ src: seedPage })).contentWindow!;
    await page.customElements.whenDefined('np-contact-card');
    const card = page.document.querySelector('np-contact-card')!;
    await card.updateComplete;
    const { items } = mf2(page.document.documentElement.outerHTML, { baseUrl: page.location.href });
    expect(items.map((item) => item.properties.name)).to.deep.equal([['Maison de quartier de Droixhe']]);
    const data = readStructuredData(card)!;
    expect([data['@type'], (data.contactPoint as ReadItem).telephone]).to.deep.equal(['Organization', '+3240001234']);
  });

  it('registers quietly a second time, from the CDN file on a page that has the npm build', async () => {
    expect(await loadModuleScript('/packages/contact-card/dist/cdn/np-contact-card.js')).to.deep.equal([]);
    expect(customElements.get('np-contact-card')).to.equal(NpContactCard);
  });
});

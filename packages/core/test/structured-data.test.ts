import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { readStructuredData } from '../../../test-support/structured-data.js';
import { LightDomController } from '../src/light-dom-controller.js';
import { structuredDataSelector, writeStructuredData } from '../src/structured-data.js';

const blocks = (el: Element) => el.querySelectorAll(`:scope > ${structuredDataSelector}`);

describe('writeStructuredData', () => {
  it('adds one hidden microdata block to the light DOM, updates it and removes it', async () => {
    const el = await fixture(html`<div></div>`);
    writeStructuredData(el, { '@type': 'Organization', name: 'a' });
    writeStructuredData(el, { '@type': 'Organization', name: 'b' });
    expect(blocks(el)).to.have.length(1);
    expect((blocks(el)[0] as HTMLElement).hidden).to.equal(true);
    expect(blocks(el)[0]!.getBoundingClientRect().height).to.equal(0);
    expect(readStructuredData(el)).to.deep.equal({ '@type': 'Organization', name: 'b' });
    writeStructuredData(el, undefined);
    expect(blocks(el)).to.have.length(0);
    expect(readStructuredData(el)).to.equal(undefined);
  });

  it('writes nested items, lists, numbers, URLs as links and a graph as items side by side', async () => {
    const el = await fixture(html`<div></div>`);
    writeStructuredData(el, {
      '@graph': [
        {
          '@type': 'BreadcrumbList',
          itemListElement: [
            { '@type': 'ListItem', position: 1, name: 'Accueil', item: 'https://example.org/' },
            { '@type': 'ListItem', position: 2, name: 'Quartiers' },
          ],
        },
        { '@type': 'GovernmentOrganization', name: 'Ville de Liège', sameAs: ['https://www.liege.be', 'mailto:x@example.org'], fax: null },
      ],
    });
    const block = blocks(el)[0]!;
    expect(block.querySelector('link[itemprop="item"]')!.getAttribute('href')).to.equal('https://example.org/');
    // Not a web address: text, so a crawler does not read it as a link relative to the page.
    expect(block.querySelector('meta[itemprop="sameAs"][content^="mailto:"]')).not.to.equal(null);
    expect(readStructuredData(el)).to.deep.equal({
      '@graph': [
        {
          '@type': 'BreadcrumbList',
          itemListElement: [
            { '@type': 'ListItem', position: '1', name: 'Accueil', item: 'https://example.org/' },
            { '@type': 'ListItem', position: '2', name: 'Quartiers' },
          ],
        },
        { '@type': 'GovernmentOrganization', name: 'Ville de Liège', sameAs: ['https://www.liege.be', 'mailto:x@example.org'] },
      ],
    });
  });

  it('keeps markup in the data as text, never as elements', async () => {
    const el = await fixture(html`<div></div>`);
    writeStructuredData(el, { '@type': 'Thing', name: '</div><img src=x onerror=alert(1)>' });
    expect(el.querySelector('img')).to.equal(null);
    expect(readStructuredData(el)!.name).to.equal('</div><img src=x onerror=alert(1)>');
  });

  it('does not touch the block when the data is unchanged, so light-DOM observers settle', async () => {
    const el = await fixture(html`<div></div>`);
    writeStructuredData(el, { '@type': 'Thing', name: 'a' });
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((found) => records.push(...found));
    observer.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
    writeStructuredData(el, { '@type': 'Thing', name: 'a' });
    await new Promise((resolve) => setTimeout(resolve));
    observer.disconnect();
    expect(records).to.have.length(0);
  });

  it('leaves structured data the page wrote itself alone', async () => {
    const el = await fixture(html`<div><script type="application/ld+json">{"page":true}</script></div>`);
    writeStructuredData(el, { '@type': 'Thing', name: 'a' });
    writeStructuredData(el, undefined);
    expect(el.querySelector('script')!.textContent).to.equal('{"page":true}');
  });
});

class NpTestReader extends LitElement {
  reads = 0;
  constructor() {
    super();
    new LightDomController(this, () => this.reads++);
  }
}
customElements.define('np-test-reader', NpTestReader);

describe('LightDomController', () => {
  it('reads on connect and on every change of the light DOM, and stops when disconnected', async () => {
    const el = await fixture<NpTestReader>(html`<np-test-reader><a href="/">a</a></np-test-reader>`);
    expect(el.reads).to.equal(1);
    el.querySelector('a')!.textContent = 'b';
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.reads).to.equal(2);
    el.querySelector('a')!.setAttribute('href', '/b');
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.reads).to.equal(3);
    el.remove();
    el.append(document.createElement('span'));
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.reads).to.equal(3);
  });

  it('does not read again for the structured data the widget writes, only for the CMS’s own changes', async () => {
    const el = await fixture<NpTestReader>(html`<np-test-reader><a href="/">a</a></np-test-reader>`);
    writeStructuredData(el, { '@type': 'Thing', name: 'a' });
    await new Promise((resolve) => setTimeout(resolve));
    writeStructuredData(el, { '@type': 'Thing', name: 'b' });
    await new Promise((resolve) => setTimeout(resolve));
    writeStructuredData(el, undefined);
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.reads).to.equal(1);
    // Both in one batch of records: the CMS's change is not lost among the widget's.
    writeStructuredData(el, { '@type': 'Thing', name: 'c' });
    el.append(Object.assign(document.createElement('a'), { href: '/c', textContent: 'c' }));
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.reads).to.equal(2);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LightDomController } from '../src/light-dom-controller.js';
import { writeStructuredData } from '../src/structured-data.js';

const blocks = (el: Element) => el.querySelectorAll('script[type="application/ld+json"]');

describe('writeStructuredData', () => {
  it('adds one JSON-LD block to the light DOM, updates it and removes it', async () => {
    const el = await fixture(html`<div></div>`);
    writeStructuredData(el, { name: 'a' });
    writeStructuredData(el, { name: 'b' });
    expect(blocks(el)).to.have.length(1);
    expect(JSON.parse(blocks(el)[0]!.textContent!)).to.deep.equal({ name: 'b' });
    writeStructuredData(el, undefined);
    expect(blocks(el)).to.have.length(0);
  });

  it('escapes "<" so the text cannot close its script element', async () => {
    const el = await fixture(html`<div></div>`);
    writeStructuredData(el, { name: '</script><img src=x onerror=alert(1)>' });
    const text = blocks(el)[0]!.textContent!;
    expect(text).not.to.include('<');
    expect(JSON.parse(text).name).to.equal('</script><img src=x onerror=alert(1)>');
  });

  it('leaves a block the page wrote itself alone', async () => {
    const el = await fixture(html`<div><script type="application/ld+json">{"page":true}</script></div>`);
    writeStructuredData(el, { name: 'a' });
    writeStructuredData(el, undefined);
    expect(blocks(el)).to.have.length(1);
    expect(blocks(el)[0]!.textContent).to.equal('{"page":true}');
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
});

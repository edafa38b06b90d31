import { expect, fixture, html as fixtureHtml, nextFrame } from '@open-wc/testing';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import sinon from 'sinon';
import { defineElement } from '../src/define-element.js';
import { NpElement } from '../src/element.js';
import type { Catalogue } from '../src/messages.js';

const catalogue: Catalogue<{ greeting: string }> = {
  en: { greeting: 'Hello' },
  fr: { greeting: 'Bonjour' },
  nl: { greeting: 'Hallo' },
  de: { greeting: 'Guten Tag' },
};

class NpTestGreeting extends NpElement {
  /** A name an editor wrote, shown after the greeting. */
  name = '';

  protected override render() {
    return html`<p lang=${ifDefined(this.locale.ownLang)}>${this.locale.messages(catalogue).greeting}</p>
      <b lang=${ifDefined(this.locale.langOf(this.name))}>${this.name}</b>`;
  }

  report(): void {
    this.warn('greeting', 'is not polite');
  }

  choose(value: string | null): boolean {
    return this.acceptOneOf('tone', value, ['warm', 'formal']);
  }
}
defineElement('np-test-greeting', NpTestGreeting);

const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('NpElement', () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = pageLang;
    sinon.restore();
  });

  it('renders in the page language and follows a runtime change of <html lang>', async () => {
    document.documentElement.lang = 'fr-BE';
    const el = await fixture<NpTestGreeting>(fixtureHtml`<np-test-greeting></np-test-greeting>`);
    expect(text(el)).to.equal('Bonjour');
    document.documentElement.lang = 'de';
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('Guten Tag');
  });

  it('marks its English texts, and what the editor wrote, on a page in a language it does not speak', async () => {
    const languages = (el: NpTestGreeting) => [el.shadowRoot!.querySelector('p')!.lang, el.shadowRoot!.querySelector('b')!.lang];
    document.documentElement.lang = 'es-ES';
    const el = await fixture<NpTestGreeting>(fixtureHtml`<np-test-greeting .name=${'Ayuntamiento'}></np-test-greeting>`);
    expect(text(el)).to.equal('Hello');
    expect(languages(el)).to.deep.equal(['en', 'es-ES']);
    document.documentElement.lang = 'it';
    await nextFrame();
    await el.updateComplete;
    expect(languages(el)).to.deep.equal(['en', 'it']);
    // No language, or one that is not a language tag: the editor's text is of unknown language.
    document.documentElement.lang = 'x!';
    await nextFrame();
    await el.updateComplete;
    expect(languages(el)).to.deep.equal(['en', '']);
    expect(el.shadowRoot!.querySelector('b')!.getAttribute('lang')).to.equal('');
    // In a language it speaks, everything inherits the page's.
    for (const lang of ['fr-BE', 'en-GB']) {
      document.documentElement.lang = lang;
      await nextFrame();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[lang]').length, lang).to.equal(0);
    }
  });

  it('follows its own lang and an ancestor’s', async () => {
    document.documentElement.lang = 'en';
    const wrapper = await fixture(fixtureHtml`<div lang="nl"><np-test-greeting></np-test-greeting></div>`);
    const el = wrapper.querySelector<NpTestGreeting>('np-test-greeting')!;
    await el.updateComplete;
    expect(text(el)).to.equal('Hallo');
    el.setAttribute('lang', 'fr');
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('Bonjour');
    el.removeAttribute('lang');
    wrapper.setAttribute('lang', 'de');
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('Guten Tag');
  });

  it('follows lang changes when it lives in another shadow root', async () => {
    const host = await fixture(fixtureHtml`<div></div>`);
    const el = document.createElement('np-test-greeting') as NpTestGreeting;
    host.attachShadow({ mode: 'open' }).append(el);
    await el.updateComplete;
    el.lang = 'nl';
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('Hallo');
  });

  it('stops listening when the last widget leaves and starts again on return', async () => {
    const el = await fixture<NpTestGreeting>(fixtureHtml`<np-test-greeting></np-test-greeting>`);
    const parent = el.parentElement!;
    el.remove();
    document.documentElement.lang = 'nl';
    parent.append(el);
    await el.updateComplete;
    expect(text(el)).to.equal('Hallo');
  });

  it('warns naming the element and the attribute', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<NpTestGreeting>(fixtureHtml`<np-test-greeting></np-test-greeting>`);
    el.report();
    expect(warn.firstCall.args[0]).to.equal('<np-test-greeting> greeting: is not polite');
  });

  it('words an unaccepted value the same way for every widget, and accepts a removed attribute', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<NpTestGreeting>(fixtureHtml`<np-test-greeting></np-test-greeting>`);
    expect(el.choose('formal')).to.equal(true);
    expect(el.choose(null)).to.equal(true);
    expect(warn.called).to.equal(false);
    expect(el.choose('rude')).to.equal(false);
    expect(warn.firstCall.args[0]).to.equal('<np-test-greeting> tone: invalid "rude", expected warm, formal');
  });

  it('thickens the underline of a link under the pointer, and only there', async () => {
    class NpTestLink extends NpElement {
      protected override render() {
        return html`<a href="#here">here</a>`;
      }
    }
    defineElement('np-test-link', NpTestLink);
    const el = await fixture<NpTestLink>(fixtureHtml`<np-test-link></np-test-link>`);
    const link = el.shadowRoot!.querySelector('a')!;
    // The hover rule, read from the stylesheet: a test runner cannot move a real pointer in every engine.
    const rules = NpTestLink.elementStyles
      .map((style) => ('styleSheet' in style ? style.styleSheet : undefined))
      .flatMap((sheet) => [...(sheet?.cssRules ?? [])]) as CSSStyleRule[];
    const hover = rules.find((rule) => rule.selectorText === 'a:hover');
    expect(hover?.style.textDecorationThickness).to.equal('0.125em');
    expect(getComputedStyle(link).textDecorationThickness).not.to.equal('0.125em');
  });

  it('inherits the host page’s font and colour', async () => {
    const wrapper = await fixture(
      fixtureHtml`<div style="font-family: serif; color: rgb(1, 2, 3)"><np-test-greeting></np-test-greeting></div>`,
    );
    const p = wrapper.querySelector('np-test-greeting')!.shadowRoot!.querySelector('p')!;
    expect(getComputedStyle(p).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(p).fontFamily).to.equal('serif');
  });
});

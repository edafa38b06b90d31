import { expect, fixture, html } from '@open-wc/testing';
import { findLanguageTag, negotiateLocale, resolveLocale } from '../src/locale.js';
import { messagesFor, type Catalogue } from '../src/messages.js';

describe('locale resolution', () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  it('prefers the element’s own lang', async () => {
    const el = await fixture(html`<div lang="nl"><span lang="de-AT"></span></div>`);
    expect(findLanguageTag(el.querySelector('span')!)).to.equal('de-AT');
  });

  it('takes the closest ancestor with a lang, skipping empty ones', async () => {
    const el = await fixture(html`<div lang="nl"><p lang=""><span></span></p></div>`);
    expect(findLanguageTag(el.querySelector('span')!)).to.equal('nl');
  });

  it('looks through shadow roots to the host’s ancestors', async () => {
    const outer = await fixture(html`<section lang="fr-BE"><div></div></section>`);
    const host = outer.querySelector('div')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).to.deep.equal({ tag: 'fr-BE', language: 'fr', page: 'fr-BE' });
  });

  it('falls back to <html lang>, then to English', async () => {
    const el = await fixture(html`<span></span>`);
    document.documentElement.lang = 'de';
    expect(resolveLocale(el).language).to.equal('de');
    document.documentElement.removeAttribute('lang');
    expect(resolveLocale(el)).to.deep.equal({ tag: 'en', language: 'en', page: '' });
  });

  it('maps regional, unsupported and malformed tags, and keeps the page’s own', () => {
    expect(negotiateLocale('fr-be')).to.deep.equal({ tag: 'fr-BE', language: 'fr', page: 'fr-BE' });
    expect(negotiateLocale('NL')).to.deep.equal({ tag: 'nl', language: 'nl', page: 'nl' });
    expect(negotiateLocale('es-ES')).to.deep.equal({ tag: 'en', language: 'en', page: 'es-ES' });
    expect(negotiateLocale('not a tag!')).to.deep.equal({ tag: 'en', language: 'en', page: '' });
  });
});

describe('messagesFor', () => {
  interface Messages {
    hello: string;
    bye: string;
  }
  const catalogue: Catalogue<Messages> = {
    en: { hello: 'Hello', bye: 'Bye' },
    fr: { hello: 'Bonjour', bye: 'Au revoir' },
    nl: { hello: 'Hallo', bye: 'Dag' },
    de: { hello: 'Hallo', bye: 'Tschüss' },
    'fr-BE': { bye: 'À tantôt' },
  };

  it('follows fr-BE → fr → en', () => {
    expect(messagesFor(catalogue, 'fr-BE', 'fr')).to.deep.equal({ hello: 'Bonjour', bye: 'À tantôt' });
    expect(messagesFor(catalogue, 'fr-CA', 'fr')).to.deep.equal({ hello: 'Bonjour', bye: 'Au revoir' });
    expect(messagesFor(catalogue, 'de', 'de').bye).to.equal('Tschüss');
  });

  it('fills a message a language lacks from English', () => {
    const partial = { ...catalogue, nl: { hello: 'Hallo' } as Messages };
    expect(messagesFor(partial, 'nl', 'nl')).to.deep.equal({ hello: 'Hallo', bye: 'Bye' });
  });
});

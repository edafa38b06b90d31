import { expect, fixture } from '@open-wc/testing';
import { findLanguageTag } from '@npower/core';
import '../src/define.js';
import { states } from './states.js';

/*
 * WCAG 3.1.2, language of parts. On a page in a language the widgets do not speak (Spanish
 * here), their own words are English and must say so, while what the page gave them (names,
 * titles, funders) stays in the page's language. A text is the widget's own when it changes
 * with the page's language among those the widgets speak.
 */
type Widget = HTMLElement & { updateComplete: Promise<unknown> };
interface Text {
  text: string;
  lang: string;
  where: string;
}

/** Every text the widget shows or names something with, in document order, and its language. */
function textsOf(widget: Element): Text[] {
  const found: Text[] = [];
  const walker = document.createTreeWalker(widget.shadowRoot!, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // A text right under the shadow root is in the host's language.
    const element = node instanceof Element ? node : (node.parentElement ?? widget);
    if (element.closest('style')) continue;
    const where = `${element.localName}[part=${element.getAttribute('part')}]`;
    const texts = node instanceof Element ? ['aria-label', 'title', 'alt'].map((name) => node.getAttribute(name) ?? '') : [node.textContent!];
    for (const text of texts.map((value) => value.trim()).filter(Boolean)) {
      found.push({ text, lang: findLanguageTag(element), where });
    }
  }
  return found;
}

async function render(markup: string, lang: string): Promise<Text[]> {
  const container = await fixture<HTMLDivElement>(`<div lang="${lang}">${markup}</div>`);
  const widget = container.firstElementChild as Widget;
  await widget.updateComplete;
  return textsOf(widget);
}

/**
 * Texts of no language: figures, and the technical terms WCAG 3.1.2 leaves out (e-mail and web
 * addresses). An address's street and locality are proper names, also left out.
 */
const indeterminate = ({ text, where }: Text) =>
  !/\p{L}/u.test(text) || /^\S+@\S+$|^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(text) || where.startsWith('address');

/** A word of the widgets' own that is the same in English, French, Dutch and German: marked English, as it is. */
const sameInEveryLanguage = new Set(['Budget']);

describe('Language of parts (WCAG 3.1.2)', () => {
  for (const [state, markup] of Object.entries(states)) {
    it(`${state}: on a Spanish page, the widget's English words say so and the page's words keep Spanish`, async () => {
      const spoken = await Promise.all(['fr', 'nl', 'de'].map((lang) => render(markup, lang)));
      const spanish = await render(markup, 'es');
      for (const [index, texts] of spoken.entries()) {
        expect(texts.map(({ where }) => where), `the same structure in ${['fr', 'nl', 'de'][index]}`).to.deep.equal(spanish.map(({ where }) => where));
        // In a language the widgets speak, everything is in the page's language.
        expect(texts.filter(({ lang }) => lang !== ['fr', 'nl', 'de'][index])).to.deep.equal([]);
      }
      const wrong = spanish.filter((text, index) => {
        const own = spoken.some((texts) => texts[index]!.text !== text.text);
        if (indeterminate(text) || (sameInEveryLanguage.has(text.text) && text.lang === 'en')) return false;
        return text.lang !== (own ? 'en' : 'es');
      });
      expect(wrong, 'texts in the wrong language').to.deep.equal([]);
    });
  }
});

import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { heading } from '../src/heading.js';

describe('heading', () => {
  for (const level of [2, 3, 4, 5, 6]) {
    it(`renders <h${level}> for level ${level}, with its part`, async () => {
      const el = await fixture(html`<div>${heading(level, 'Partenaires', 'title')}</div>`);
      expect(el.firstElementChild!.localName).to.equal(`h${level}`);
      expect(el.firstElementChild!.getAttribute('part')).to.equal('title');
      expect(el.textContent).to.equal('Partenaires');
    });
  }

  it('keeps <h1> for the page and refuses levels that do not exist, using the fallback', async () => {
    for (const [level, fallback, expected] of [
      [1, 3, 'h3'],
      [7, 4, 'h4'],
      [Number.NaN, 2, 'h2'],
      // Not a level either: the widgets warn about it, and the heading does not pretend otherwise.
      [2.5, 3, 'h3'],
    ] as const) {
      const el = await fixture(html`<div>${heading(level, 'x', 'heading', fallback)}</div>`);
      expect(el.firstElementChild!.localName).to.equal(expected);
    }
  });
});

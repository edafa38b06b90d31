import { expect } from '@open-wc/testing';
import sinon from 'sinon';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * A widget holding a corpus sample, as the CMS page would have it: the element with the city's
 * attributes, the CMS markup inside, in the page's language. Rendered before it resolves.
 */
export async function mountSample<T extends Widget>(tag: string, sample: { html: string; lang?: string; attributes?: Record<string, string> }): Promise<T> {
  const el = document.createElement(tag) as T;
  el.lang = sample.lang ?? 'fr';
  for (const [name, value] of Object.entries(sample.attributes ?? {})) el.setAttribute(name, value);
  el.innerHTML = sample.html;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/**
 * The corpus suite every widget runs: one test per sample, in which `check` asserts what a reader
 * of the CMS page sees, and no console warning may appear (nothing the CMS printed is misread).
 */
export function describeCorpus<T extends Widget, S extends { cms: string; name: string; html: string; lang?: string }>(
  tag: string,
  title: string,
  samples: readonly S[],
  check: (el: T, sample: S) => void,
): void {
  describe(title, () => {
    afterEach(() => {
      sinon.restore();
      document.querySelectorAll(tag).forEach((el) => el.remove());
    });

    for (const sample of samples) {
      it(`${sample.cms}: ${sample.name}`, async () => {
        const warn = sinon.stub(console, 'warn');
        check(await mountSample<T>(tag, sample), sample);
        expect(warn.args.map(([message]) => String(message))).to.deep.equal([]);
      });
    }
  });
}

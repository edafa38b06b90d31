import { expect } from '@open-wc/testing';
import { openPage } from '../../../test-support/pages.js';
import { cdnFolder, rendered } from './pages.js';
import { states } from './states.js';

/*
 * WCAG 1.4.10 and 1.4.12: every widget at 320 CSS px wide (a 1280 px window at 400 % zoom) and
 * 640 CSS px (200 %), with and without the text spacing of 1.4.12 applied the way its test
 * bookmarklet does, shows everything without horizontal scrolling: nothing wider than the page,
 * nothing cut off by its box.
 */
const textSpacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }`;

/** Elements of the page and of every shadow root in it. */
function allElements(root: Document | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? allElements(element.shadowRoot) : [])]);
}

const name = (element: Element) => `<${element.localName}${element.getAttribute('part') ? ` part="${element.getAttribute('part')}"` : ''}>`;

describe('reflow and text spacing (WCAG 1.4.10, 1.4.12), every widget', () => {
  for (const [state, markup] of Object.entries(states)) {
    for (const width of [320, 640]) {
      for (const spacing of [false, true]) {
        it(`${state} at ${width} px${spacing ? ' with text spacing' : ''}: no horizontal scrolling, nothing cut off`, async () => {
          const frame = await openPage(
            {
              srcdoc: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <style>body { margin: 8px; font: 16px/1.4 sans-serif; } ${spacing ? textSpacing : ''}</style>
                <script type="module" src="${cdnFolder}np-widgets.js"></script></head><body>${markup}</body></html>`,
            },
            width,
            900,
          );
          const page = frame.contentWindow!;
          await rendered(page, [markup.match(/^<(np-[a-z-]+)/)![1]!]);
          const problems: string[] = [];
          const { scrollWidth, clientWidth } = page.document.documentElement;
          if (scrollWidth > clientWidth) problems.push(`page scrolls sideways: ${scrollWidth} px in ${clientWidth} px`);
          for (const element of allElements(page.document)) {
            const box = element.getBoundingClientRect();
            if (!box.width || page.getComputedStyle(element).visibility === 'hidden') continue;
            if (box.right > clientWidth + 0.5) problems.push(`${name(element)} ends at ${box.right.toFixed(1)} px`);
            const { overflowX } = page.getComputedStyle(element);
            if (/hidden|clip/.test(overflowX) && element.scrollWidth > element.clientWidth + 1) {
              problems.push(`${name(element)} cuts off ${element.scrollWidth - element.clientWidth} px`);
            }
          }
          frame.remove();
          expect(problems).to.deep.equal([]);
        });
      }
    }
  }
});

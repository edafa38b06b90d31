import { expect, fixture, nextFrame } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { assertAccessible, axeViolations } from '../../../test-support/accessibility.js';
import { focusIndicator, indicatorElement, targetBox } from '../../../test-support/focus.js';
import { states } from './states.js';

/*
 * What axe cannot see, for every widget in the states a visitor meets (WCAG 2.2 AA): a focus
 * indicator that contrasts with the component and with the page behind it, on light and dark
 * pages and in forced colours; targets of at least 24 × 24 CSS px; editors' notes that are not
 * live regions. Markup as a city writes it, with invented example.org addresses.
 */
/**
 * The live regions each state has at load and what they hold then. The partner count is there
 * from the start (as visible text) and is announced only when the visitor changes a filter; the
 * contact card's region stays empty until the visitor copies. Editors' notes are never live.
 */
const liveRegionsAtLoad: Record<string, string[][]> = {
  'filterable partner list': [['<p part="count">', 'status', '4 partenaires']],
  'contact card': [['<p part="status">', 'status', '']],
};

const pages = {
  light: 'background: #ffffff; color: #1a1a1a',
  dark: 'background: #121212; color: #f0f0f0',
};

const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

/** Mounts `markup` in a page of the given colours, between buttons to tab from and to. */
async function mount(markup: string, page: string): Promise<{ widget: HTMLElement; start: HTMLButtonElement }> {
  // A button after the widget too: Tab past the last element would leave the document, and the window its focus.
  const container = await fixture<HTMLDivElement>(`<div lang="fr" style="${page}; padding: 16px"><button>Début</button>${markup}<button>Fin</button></div>`);
  const widget = container.children[1] as HTMLElement;
  await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await nextFrame();
  return { widget, start: container.querySelector('button')! };
}

/** Every element Tab reaches inside `widget`, focused in turn; `visit` sees each while it has focus. */
async function tabThrough(widget: HTMLElement, start: HTMLElement, visit: (element: Element) => void): Promise<number> {
  start.focus();
  let visited = 0;
  for (let step = 0; step < 40; step += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (!active || !(widget === active || widget.shadowRoot?.contains(active) || widget.contains(active))) break;
    visit(active);
    visited += 1;
  }
  return visited;
}

/**
 * Focus styles only apply in a focused window. Chromium and Firefox get it through Puppeteer;
 * where :focus still does not match (a window without focus), the test is skipped
 * rather than passed: the CSS measured is the same in every engine.
 */
async function focusWindow(test: Mocha.Context): Promise<void> {
  await executeServerCommand('np-focus-window');
  const probe = document.body.appendChild(document.createElement('button'));
  probe.focus();
  const focusShows = probe.matches(':focus');
  probe.remove();
  if (!focusShows) test.skip();
}

const describeElement = (element: Element) => `<${element.localName}${element.getAttribute('part') ? ` part="${element.getAttribute('part')}"` : ''}>`;

describe('WCAG 2.2 AA beyond axe, every widget', () => {
  for (const [state, markup] of Object.entries(states)) {
    describe(state, () => {
      for (const [pageName, page] of Object.entries(pages)) {
        it(`shows focus with 3:1 contrast against the component and the ${pageName} page, on 24 px targets`, async function () {
          await focusWindow(this);
          const { widget, start } = await mount(markup, page);
          const problems: string[] = [];
          const visited = await tabThrough(widget, start, (element) => {
            const indicator = focusIndicator(element);
            if (indicator.againstComponent < 3 || indicator.againstBehind < 3) {
              problems.push(
                `${describeElement(element)} focus contrast ${indicator.againstComponent.toFixed(2)}:1 with the component, ${indicator.againstBehind.toFixed(2)}:1 with the page`,
              );
            }
            const box = targetBox(element);
            if (element.localName !== 'iframe' && (box.width < 24 || box.height < 24)) {
              problems.push(`${describeElement(element)} target ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px`);
            }
          });
          expect(problems).to.deep.equal([]);
          if (!state.startsWith('funding')) expect(visited, 'focusable elements reached with Tab').to.be.greaterThan(0);
        });
      }

      it('keeps a solid focus outline in forced colours', async function () {
        const { supported } = ((await executeServerCommand('np-forced-colors', { active: true })) as { supported: boolean } | undefined) ?? { supported: false };
        // Only Chromium emulates forced colours from a test; the rule is the same CSS in every engine.
        if (!supported) this.skip();
        await focusWindow(this);
        try {
          const { widget, start } = await mount(markup, pages.light);
          const styles: string[] = [];
          await tabThrough(widget, start, (element) => {
            const style = getComputedStyle(indicatorElement(element));
            styles.push(`${describeElement(element)} ${style.outlineStyle} ${parseFloat(style.outlineWidth) >= 2}`);
          });
          expect(styles.filter((style) => !style.endsWith('solid true'))).to.deep.equal([]);
        } finally {
          await executeServerCommand('np-forced-colors', { active: false });
        }
      });

      it('announces what its committed accessibility tree says (Chromium)', async function () {
        const { widget } = await mount(markup, pages.light);
        widget.id = 'under-test';
        const result = (await executeServerCommand('np-accessibility-tree', { selector: '#under-test', name: state.replace(/\s+/g, '-') })) as
          | { supported: boolean; tree: string; expected: string | null }
          | undefined;
        if (!result?.supported) this.skip();
        expect(result.expected, 'no snapshot yet: run UPDATE_ACCESSIBILITY_TREES=1 npm test in packages/widgets').to.not.equal(null);
        expect(result.tree).to.equal(result.expected);
      });

      it('has no axe violations under the WCAG 2.2 AA and best-practice rules', async () => {
        const { widget } = await mount(markup, pages.light);
        await assertAccessible(widget);
      });

      it('announces only what the visitor causes: polite regions, silent at load but for the filter count', async () => {
        const { widget } = await mount(markup, pages.light);
        const regions = [...widget.shadowRoot!.querySelectorAll('[role="status"], [role="alert"], [role="log"], [aria-live]')].map((region) => [
          describeElement(region),
          region.getAttribute('role') ?? `aria-live=${region.getAttribute('aria-live')}`,
          (region.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ]);
        expect(regions).to.deep.equal(liveRegionsAtLoad[state] ?? []);
      });
    });
  }

  it('gives a breadcrumb beside other links targets that pass axe’s target-size rule', async () => {
    const container = await fixture<HTMLDivElement>(`<div lang="fr">
      <p><a href="/a">Aller au contenu</a></p>
      ${states.breadcrumb}
      <p><a href="/b">Plan du site</a></p>
    </div>`);
    await nextFrame();
    const targetSize = (await axeViolations(container)).filter((violation) => violation.startsWith('target-size'));
    expect(targetSize).to.deep.equal([]);
  });

  it('draws nothing that moves, so reduced motion needs no rule', async () => {
    const container = await fixture<HTMLDivElement>(`<div lang="fr">${Object.values(states).join('')}</div>`);
    const css = [...container.children].flatMap((widget) => [...widget.shadowRoot!.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)));
    expect(css.filter((rule) => /transition|animation|scroll-behavior:\s*smooth/.test(rule))).to.deep.equal([]);
  });
});

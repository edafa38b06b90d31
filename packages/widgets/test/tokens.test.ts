import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { states } from './states.js';

/*
 * The page-level tokens of packages/core/tokens.json are a contract cities theme against: one
 * declaration on <html> reaches every widget that reads it, and a widget's own token still wins.
 */

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

async function page(): Promise<HTMLElement> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  // Every state but the unreadable video, whose expected warning would only add noise here.
  container.innerHTML = Object.entries(states)
    .filter(([name]) => !name.includes('unreadable'))
    .map(([, markup]) => markup)
    .join('');
  await Promise.all([...container.children].map((widget) => (widget as Widget).updateComplete));
  return container;
}

const style = (element: Element, property: string, pseudo?: string) => getComputedStyle(element, pseudo).getPropertyValue(property);

/** Where each token shows, one visible place per widget that reads it. */
const shows: Record<string, { value: string; where: [tag: string, selector: string, property: string, pseudo?: string, expected?: string][] }> = {
  '--np-accent': {
    value: 'rgb(160, 0, 30)',
    where: [
      ['np-breadcrumb', '[part=link]', 'color'],
      ['np-breadcrumb', '[part=expand]', 'color'],
      ['np-consent-video', '[part=play-button]', 'color'],
      ['np-funding-breakdown', '[part=heading]', 'color'],
      ['np-partner-list', '[part=name]', 'color'],
      ['np-partner-list', 'input', 'accent-color'],
      ['np-contact-card', '[part=heading]', 'color'],
      ['np-contact-card', '[part=email-link]', 'color'],
      ['np-contact-card', '[part=download]', 'border-top-color'],
    ],
  },
  '--np-accent-text': { value: 'rgb(255, 250, 240)', where: [['np-consent-video', '[part=play-button]', 'background-color']] },
  '--np-surface': {
    value: 'rgb(240, 244, 248)',
    where: [
      ['np-contact-card', '[part=download]', 'background-color'],
      ['np-breadcrumb', '[part=expand]', 'background-color'],
    ],
  },
  '--np-border-color': { value: 'rgb(0, 90, 60)', where: [['np-funding-breakdown', 'td', 'border-bottom-color']] },
  '--np-radius': {
    value: '7px',
    where: [
      ['np-consent-video', '[part=stage]', 'border-top-left-radius'],
      ['np-contact-card', '[part=download]', 'border-top-left-radius'],
    ],
  },
  '--np-gap': {
    value: '9px',
    where: [
      ['np-breadcrumb', '[part=separator]', 'margin-right', '::before'],
      // The partner list spaces its partners by twice the base gap.
      ['np-partner-list', '[part=list]', 'row-gap', undefined, '18px'],
    ],
  },
  '--np-warning-color': {
    value: 'rgb(120, 40, 0)',
    where: [['np-funding-breakdown', '[part=warning]', 'border-left-color']],
  },
  '--np-font-family': {
    value: 'serif',
    where: ['np-breadcrumb', 'np-consent-video', 'np-funding-breakdown', 'np-partner-list', 'np-contact-card'].map((tag) => [tag, '[part]', 'font-family']),
  },
  '--np-link-color': { value: 'rgb(0, 60, 140)', where: [['np-breadcrumb', '[part=link]', 'color']] },
  '--np-focus-ring-width': { value: '5px', where: [] },
  '--np-focus-ring-color': { value: 'rgb(1, 2, 3)', where: [] },
  '--np-focus-ring-inner-color': { value: 'rgb(4, 5, 6)', where: [] },
};

/** The last of the tag's instances holding the selector (the funding warning is in the second breakdown). */
function find(container: Element, tag: string, selector: string): Element {
  const matches = [...container.querySelectorAll(tag)].map((widget) => widget.shadowRoot?.querySelector(selector)).filter(Boolean);
  if (!matches.length) throw new Error(`no ${selector} in ${tag}`);
  return matches.at(-1)!;
}

describe('page-level tokens (packages/core/tokens.json)', () => {
  afterEach(() => document.documentElement.removeAttribute('style'));

  it('checks every token of the contract', async () => {
    const { tokens } = (await (await fetch('/packages/core/tokens.json')).json()) as { tokens: { name: string }[] };
    expect(Object.keys(shows).sort()).to.deep.equal(tokens.map(({ name }) => name).sort());
  });

  it('--np-accent set once on <html> colours all five widgets', async () => {
    const container = await page();
    const accent = shows['--np-accent']!;
    const before = accent.where.map(([tag, selector, property]) => style(find(container, tag, selector), property));
    document.documentElement.style.setProperty('--np-accent', accent.value);
    const tagsChanged = new Set<string>();
    for (const [index, [tag, selector, property]] of accent.where.entries()) {
      const after = style(find(container, tag, selector), property);
      expect(after, `${tag} ${selector} ${property}`).to.equal(accent.value);
      expect(before[index], `${tag} ${selector} ${property} before`).not.to.equal(accent.value);
      tagsChanged.add(tag);
    }
    expect([...tagsChanged].sort()).to.deep.equal(['np-breadcrumb', 'np-consent-video', 'np-contact-card', 'np-funding-breakdown', 'np-partner-list']);
  });

  for (const [token, { value, where }] of Object.entries(shows).filter(([, { where }]) => where.length)) {
    it(`${token} on <html> reaches ${[...new Set(where.map(([tag]) => tag))].join(', ')}`, async () => {
      const container = await page();
      document.documentElement.style.setProperty(token, value);
      for (const [tag, selector, property, pseudo, expected = value] of where) {
        expect(style(find(container, tag, selector), property, pseudo), `${tag} ${selector} ${property}`).to.equal(expected);
      }
    });
  }

  it('the focus ring tokens draw the keyboard focus ring of every widget', async () => {
    const container = await page();
    await executeServerCommand('np-focus-window');
    for (const token of ['--np-focus-ring-width', '--np-focus-ring-color', '--np-focus-ring-inner-color']) {
      document.documentElement.style.setProperty(token, shows[token]!.value);
    }
    const ringed = new Set<string>();
    // The funding breakdown has nothing to focus.
    const focusable = ['np-breadcrumb', 'np-consent-video', 'np-contact-card', 'np-partner-list'];
    for (let press = 0; press < 60 && ringed.size < focusable.length; press++) {
      await sendKeys({ press: 'Tab' });
      const host = document.activeElement;
      const focused = host?.shadowRoot?.activeElement;
      if (!host || !focused || !container.contains(host)) continue;
      // A radio button draws its ring around its label.
      const ring = focused.matches('input') ? focused.closest('label')! : focused;
      expect(style(ring, 'outline-width'), host.localName).to.equal('5px');
      expect(style(ring, 'outline-color'), host.localName).to.equal('rgb(1, 2, 3)');
      expect(style(ring, 'box-shadow'), host.localName).to.include('rgb(4, 5, 6)');
      ringed.add(host.localName);
    }
    expect([...ringed].sort()).to.deep.equal(focusable);
  });

  it('a widget’s own token wins over the shared one', async () => {
    const container = await page();
    document.documentElement.style.setProperty('--np-accent', 'rgb(160, 0, 30)');
    document.documentElement.style.setProperty('--np-video-button-color', 'rgb(0, 0, 0)');
    document.documentElement.style.setProperty('--np-contact-button-color', 'rgb(0, 100, 0)');
    document.documentElement.style.setProperty('--np-partner-gap', '3px');
    expect(style(find(container, 'np-consent-video', '[part=play-button]'), 'color')).to.equal('rgb(0, 0, 0)');
    expect(style(find(container, 'np-contact-card', '[part=download]'), 'color')).to.equal('rgb(0, 100, 0)');
    expect(style(find(container, 'np-partner-list', '[part=list]'), 'row-gap')).to.equal('3px');
  });

  it('with no token set, the widgets take the page’s font and colour', async () => {
    const container = await page();
    container.style.color = 'rgb(10, 20, 30)';
    container.style.fontFamily = 'monospace';
    for (const selector of ['np-breadcrumb [part=link]', 'np-funding-breakdown [part=heading]', 'np-contact-card [part=download]']) {
      const [tag, part] = selector.split(' ') as [string, string];
      expect(style(find(container, tag, part), 'color'), selector).to.equal('rgb(10, 20, 30)');
      expect(style(find(container, tag, part), 'font-family'), selector).to.equal('monospace');
    }
  });
});

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';

/**
 * Values an editor, a CMS or an attacker may put in an attribute: anything at all, and the
 * strings that broke widgets before (invalid language tags, huge numbers, control characters,
 * markup, unsafe URLs, half-written JSON).
 */
const attributeValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double().map(String),
  fc.constantFrom(
    '',
    ' ',
    'NaN',
    '-Infinity',
    '1e309',
    '9'.repeat(400),
    '-0',
    'null',
    'javascript:alert(1)',
    ' JaVa\tScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    'fr_BE.UTF-8',
    'xx-YYYY-zz-!!',
    'de DE',
    '\u0000\u0007\u001b\u202e',
    '{"label":',
    '[{"label":"A","share":"x","href":"javascript:alert(1)"}]',
    '[null, 1, "a", {"name": {"fr": null}}]',
    '[]',
    'https://evil.example/#np-country=BE',
    '//evil.example/x',
    '2021-02-30',
    '25:00-99:99',
    // Names every object inherits, which a lookup table must not take for its own keys.
    'toString',
    'constructor',
    '__proto__',
    'hasOwnProperty',
  ),
);

const unsafe = /^\s*(?:javascript|data|vbscript):/i;

/**
 * Sets every attribute `tag` observes to arbitrary values, `runs` times, and checks what a city
 * web team is promised: no error leaves the widget, nothing outside it changes, and nothing it
 * renders links or loads an unsafe URL.
 */
export async function fuzzAttributes(tag: string, runs = 200): Promise<void> {
  const attributes = [...((customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes ?? [])];
  expect(attributes.length, `${tag} observes no attribute`).to.be.greaterThan(0);
  const page = () => [document.title, location.href, document.documentElement.getAttribute('lang'), document.head.childElementCount];
  const before = page();
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onError);
  const warn = sinon.stub(console, 'warn');
  const error = sinon.stub(console, 'error');
  try {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...attributes), attributeValue), fc.dictionary(fc.constantFrom(...attributes), attributeValue), async (first, second) => {
        const box = document.createElement('div');
        document.body.append(box);
        const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        for (const [name, value] of Object.entries(first)) element.setAttribute(name, value);
        box.append(element);
        await element.updateComplete;
        // And again, changed on the live widget, some removed.
        for (const [name, value] of Object.entries(second)) element.setAttribute(name, value);
        for (const name of Object.keys(first).filter((name) => !(name in second))) element.removeAttribute(name);
        await element.updateComplete;
        const urls = [...element.shadowRoot!.querySelectorAll('[href],[src]'), ...element.querySelectorAll('[href],[src]')].flatMap(
          (node) => [node.getAttribute('href'), node.getAttribute('src')].filter((url): url is string => url !== null),
        );
        box.remove();
        expect(urls.filter((url) => unsafe.test(url)), 'unsafe URLs').to.deep.equal([]);
        expect(errors, 'errors').to.deep.equal([]);
        expect(error.args, 'console errors').to.deep.equal([]);
        expect(page(), 'the page around').to.deep.equal(before);
        expect(document.body.querySelector(`:scope > ${tag}`), 'a widget left behind').to.equal(null);
      }),
      { numRuns: runs },
    );
  } finally {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
    warn.restore();
    error.restore();
  }
}

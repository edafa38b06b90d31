import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { keepFocus } from '../src/keep-focus.js';

/*
 * What the browser does when it settles focus late for a removed player frame (the page's focus
 * goes to <body>), provoked here with blur(): the placeholder's button gets focus back, once,
 * and never against something the visitor did.
 */
describe('focus after the player is withdrawn', () => {
  let page: HTMLElement;
  let button: HTMLButtonElement;
  let other: HTMLButtonElement;
  let stop: () => void;
  beforeEach(async () => {
    page = await fixture(html`<div><button id="play">Lire la vidéo</button><button id="other">Autre</button></div>`);
    [button, other] = [...page.querySelectorAll('button')] as [HTMLButtonElement, HTMLButtonElement];
  });
  afterEach(() => stop?.());

  it('focuses the button, and puts focus back when the browser drops it to the page', async () => {
    stop = keepFocus(button);
    expect(document.activeElement).to.equal(button);
    button.blur();
    expect(document.activeElement).to.equal(document.body);
    await aTimeout(0);
    expect(document.activeElement).to.equal(button);
  });

  it('puts it back once only', async () => {
    stop = keepFocus(button);
    button.blur();
    await aTimeout(0);
    button.blur();
    await aTimeout(0);
    expect(document.activeElement).to.equal(document.body);
  });

  it('leaves focus where the visitor sends it: another element, a pointer, a key', async () => {
    stop = keepFocus(button);
    other.focus();
    button.focus();
    button.blur();
    await aTimeout(0);
    expect(document.activeElement, 'after focus went elsewhere').to.equal(document.body);

    stop = keepFocus(button);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    button.blur();
    await aTimeout(0);
    expect(document.activeElement, 'after a pointer').to.equal(document.body);

    stop = keepFocus(button);
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    button.blur();
    await aTimeout(0);
    expect(document.activeElement, 'after a key').to.equal(document.body);
  });

  it('lets go when stopped, and of a button no longer in the page', async () => {
    keepFocus(button)();
    button.blur();
    await aTimeout(0);
    expect(document.activeElement).to.equal(document.body);

    stop = keepFocus(button);
    button.blur();
    button.remove();
    await aTimeout(0);
    expect(document.activeElement).to.equal(document.body);
  });
});

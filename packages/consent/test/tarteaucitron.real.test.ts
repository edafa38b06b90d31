import { aTimeout, expect } from '@open-wc/testing';
import { loadClassicScript, loadStylesheet } from '../../../test-support/pages.js';
import { tarteaucitronAdapter } from '../src/adapters/tarteaucitron.js';
import { ConsentStore } from '../src/store.js';
import { clickWhenThere, follow, forgetCookie } from './real-managers.js';

/*
 * The tarteaucitron adapter against tarteaucitron.js itself, from npm, everything local: its
 * French texts are loaded here (useExternalJs), and the youtube service only records consent.
 */
const cookie = 'np_unit_tac';

before(async () => {
  forgetCookie(cookie);
  await loadStylesheet('/node_modules/tarteaucitronjs/css/tarteaucitron.css');
  await loadClassicScript('/node_modules/tarteaucitronjs/tarteaucitron.js');
  await loadClassicScript('/node_modules/tarteaucitronjs/lang/tarteaucitron.fr.js');
  const tac = (window as unknown as { tarteaucitron: Record<string, unknown> & { services: object; init(o: object): void; job?: string[] } })
    .tarteaucitron;
  Object.assign(tac.services, {
    youtube: { key: 'youtube', type: 'video', name: 'YouTube', uri: '', needConsent: true, cookies: [], js() {}, fallback() {} },
  });
  tac.init({ useExternalJs: true, useExternalCss: true, cookieName: cookie, showIcon: false, googleConsentMode: false, bingConsentMode: false, pianoConsentMode: false });
  (tac.job ??= []).push('youtube');
  // It wires its buttons half a second after showing them.
  await aTimeout(700);
});
after(() => forgetCookie(cookie));

describe('tarteaucitron adapter, with tarteaucitron.js', () => {
  it('holds a click before the first choice, passes a later one on without taking its own write for a save, ignores the panel closing, and takes the click back', async () => {
    const store = new ConsentStore([tarteaucitronAdapter()]);
    const followed = follow(store);
    expect(store.state('youtube')).to.deep.include({ decision: 'unknown', manager: 'tarteaucitron', preferences: true });

    // Before the visitor answered its banner: held in the page, nothing written for them.
    store.request('youtube');
    expect(store.state('youtube')).to.deep.include({ decision: 'granted', source: 'click' });
    expect(document.cookie).not.to.include('youtube=true');

    await clickWhenThere('#tarteaucitronAllDenied2');
    await followed.becomes('denied');

    // Vimeo is not one of its services: its click is held in the page. YouTube's is written
    // there, and the consent event tarteaucitron fires for that write is not the visitor saving.
    store.request('vimeo');
    store.request('youtube');
    expect(store.state('youtube')).to.deep.include({ decision: 'granted', source: 'click' });
    expect(document.cookie).to.include(`${cookie}=!youtube=true`);
    expect(store.get('vimeo'), 'the vimeo click after writing youtube').to.equal('granted');

    // Its panel opened, then closed with its × button: nothing saved, nothing changes.
    let opened = false;
    window.addEventListener('tac.open_panel', () => (opened = true), { once: true });
    store.openPreferences('youtube');
    expect(opened).to.equal(true);
    await clickWhenThere('#tarteaucitronClosePanel');
    expect([store.get('vimeo'), store.state('youtube').source], 'after closing the panel').to.deep.equal(['granted', 'click']);

    store.revoke('youtube');
    expect(store.get('youtube')).to.equal('denied');
    expect(document.cookie).to.include(`${cookie}=!youtube=false`);
    expect(store.get('vimeo'), 'the vimeo click after withdrawing youtube').to.equal('granted');

    // An answer in its panel is the visitor saving: their choices there are the answer.
    // (The panel stays open: closing it after refusing a service that ran reloads the page.)
    store.openPreferences('youtube');
    await clickWhenThere('#youtubeAllowed');
    await followed.becomes('granted');
    expect(store.state('youtube').source).to.equal('manager');
    expect(store.get('vimeo')).to.equal('unknown');
  });
});

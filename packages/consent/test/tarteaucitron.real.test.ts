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
  it('follows its banner, passes a click on through the service’s line, takes it back, and hears the panel closing', async () => {
    const store = new ConsentStore([tarteaucitronAdapter()]);
    const followed = follow(store);
    expect(store.state('youtube')).to.deep.include({ decision: 'unknown', manager: 'tarteaucitron', preferences: true });

    await clickWhenThere('#tarteaucitronAllDenied2');
    await followed.becomes('denied');

    store.request('youtube');
    expect(store.state('youtube')).to.deep.include({ decision: 'granted', source: 'click' });
    expect(document.cookie).to.include(`${cookie}=!youtube=true`);
    store.revoke('youtube');
    expect(store.get('youtube')).to.equal('denied');
    expect(document.cookie).to.include(`${cookie}=!youtube=false`);

    let opened = false;
    window.addEventListener('tac.open_panel', () => (opened = true), { once: true });
    store.openPreferences('youtube');
    expect(opened).to.equal(true);
    await clickWhenThere('#youtubeAllowed');
    await followed.becomes('granted');
    expect(store.state('youtube').source).to.equal('manager');

    // A service it does not know: the click is held until the visitor is done with its panel.
    // (The event its closing fires: closing it here would reload the page, as tarteaucitron
    // does after a service that ran is refused.)
    store.request('vimeo');
    expect(store.get('vimeo')).to.equal('granted');
    window.dispatchEvent(new Event('tac.close_panel'));
    expect(store.get('vimeo')).to.equal('unknown');
  });
});

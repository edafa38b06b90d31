import { expect } from '@open-wc/testing';
import { loadClassicScript, loadStylesheet } from '../../../test-support/pages.js';
import { klaroAdapter } from '../src/adapters/klaro.js';
import { ConsentStore } from '../src/store.js';
import { clickWhenThere, cookieNamed, follow, forgetCookie } from './real-managers.js';

/* The klaro adapter against Klaro 0.7 itself, from npm (no CSS injected: its stylesheet is linked). */
const cookie = 'np_unit_klaro';

before(async () => {
  forgetCookie(cookie);
  Object.assign(window, {
    klaroConfig: {
      lang: 'fr',
      storageName: cookie,
      acceptAll: true,
      groupByPurpose: false,
      services: [
        { name: 'youtube', title: 'YouTube', purposes: ['media'], default: false },
        { name: 'maps', title: 'OpenStreetMap', purposes: ['media'], default: true },
      ],
    },
  });
  await loadStylesheet('/node_modules/klaro/dist/klaro.min.css');
  await loadClassicScript('/node_modules/klaro/dist/klaro-no-css.js');
});
after(() => forgetCookie(cookie));

describe('klaro adapter, with Klaro', () => {
  it('holds a click before the first choice, hears every save, passes later clicks on and takes them back', async () => {
    const store = new ConsentStore([klaroAdapter()]);
    const followed = follow(store);
    expect(store.state('youtube')).to.deep.include({ decision: 'unknown', manager: 'klaro', preferences: true });

    // Before any choice: nothing written, so "maps" keeps waiting for the visitor.
    store.request('youtube');
    expect(store.state('youtube')).to.deep.include({ decision: 'granted', source: 'click' });
    expect(cookieNamed(cookie)).to.equal(false);

    await clickWhenThere('#klaro .cookie-notice .cn-decline');
    await followed.becomes('denied');
    expect(JSON.parse(decodeURIComponent(document.cookie.split(`${cookie}=`)[1]!.split(';')[0]!))).to.deep.equal({
      youtube: false,
      maps: false,
    });

    store.request('youtube');
    expect(store.state('youtube')).to.deep.include({ decision: 'granted', source: 'click' });
    expect(JSON.parse(decodeURIComponent(document.cookie.split(`${cookie}=`)[1]!.split(';')[0]!))).to.deep.equal({
      youtube: true,
      maps: false,
    });
    store.revoke('youtube');
    expect(store.get('youtube')).to.equal('denied');

    store.openPreferences('youtube');
    await clickWhenThere('#klaro #service-item-youtube');
    await clickWhenThere('#klaro .cm-modal .cm-btn-accept');
    await followed.becomes('granted');
    expect(store.state('youtube').source).to.equal('manager');
  });
});

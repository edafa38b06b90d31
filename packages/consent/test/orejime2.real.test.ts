import { expect, waitUntil } from '@open-wc/testing';
import { loadClassicScript, loadStylesheet } from '../../../test-support/pages.js';
import { orejime2Adapter } from '../src/adapters/orejime2.js';
import { ConsentStore } from '../src/store.js';
import { clickWhenThere, cookieNamed, follow, forgetCookie } from './real-managers.js';

/* The Orejime 2 adapter against Orejime 2.3 itself, from npm (its UMD build, as city sites load it). */
const cookie = 'np_unit_orejime2';

before(async () => {
  forgetCookie(cookie);
  Object.assign(window, {
    orejimeConfig: {
      privacyPolicy: '/confidentialite',
      cookieName: cookie,
      lang: 'fr',
      apps: [
        { name: 'youtube', title: 'YouTube', purposes: ['media'], cookies: [], default: false },
        { name: 'maps', title: 'OpenStreetMap', purposes: ['media'], cookies: [], default: true },
      ],
    },
  });
  await loadStylesheet('/node_modules/orejime2/dist/orejime.css');
  await loadClassicScript('/node_modules/orejime2/dist/orejime.js');
});
after(() => forgetCookie(cookie));

const savedCookie = () => JSON.parse(decodeURIComponent(document.cookie.split(`${cookie}=`)[1]!.split(';')[0]!)) as Record<string, boolean>;

describe('orejime adapter, with Orejime 2', () => {
  it('holds a click before the first choice, hears every save, ignores unsaved toggles, passes later clicks on and takes them back', async () => {
    const store = new ConsentStore([orejime2Adapter()]);
    const followed = follow(store);
    expect(store.state('youtube')).to.deep.include({ decision: 'unknown', manager: 'orejime', preferences: true });

    // Before any choice: held in the page, nothing written, so "maps" keeps waiting for the visitor.
    store.request('youtube');
    expect(store.state('youtube')).to.deep.include({ decision: 'granted', source: 'click' });
    expect(cookieNamed(cookie)).to.equal(false);

    await clickWhenThere('.orejime-Notice-declineButton');
    await followed.becomes('denied');
    expect(savedCookie()).to.deep.equal({ youtube: false, maps: false });

    // After it: written there as the visitor's click, and its own save is not the visitor saving.
    store.request('vimeo');
    store.request('youtube');
    expect(store.state('youtube')).to.deep.include({ decision: 'granted', source: 'click' });
    expect(savedCookie()).to.deep.equal({ youtube: true, maps: false });
    expect(store.get('vimeo'), 'the vimeo click after writing youtube').to.equal('granted');
    store.revoke('youtube');
    expect(store.get('youtube')).to.equal('denied');
    expect(savedCookie()).to.deep.equal({ youtube: false, maps: false });

    // A toggle in its dialog is not a choice until saved.
    store.openPreferences('youtube');
    await clickWhenThere('#orejime-app-item-youtube');
    expect(store.get('youtube'), 'after an unsaved toggle').to.equal('denied');
    await clickWhenThere('.orejime-Modal-saveButton');
    await followed.becomes('granted');
    expect(store.state('youtube').source).to.equal('manager');
    await waitUntil(() => store.get('vimeo') === 'unknown', 'saving in Orejime did not end the vimeo click');
  });
});

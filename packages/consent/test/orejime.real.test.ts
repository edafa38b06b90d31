import { expect } from '@open-wc/testing';
import { loadClassicScript, loadStylesheet } from '../../../test-support/pages.js';
import { orejimeAdapter } from '../src/adapters/orejime.js';
import { ConsentStore } from '../src/store.js';
import { clickWhenThere, cookieNamed, follow, forgetCookie } from './real-managers.js';

/* The orejime adapter against Orejime 3 itself, from npm (the French build). */
const cookie = 'np_unit_orejime';

before(async () => {
  forgetCookie(cookie);
  Object.assign(window, {
    orejimeConfig: {
      privacyPolicyUrl: '/confidentialite',
      cookie: { name: cookie },
      purposes: [
        { id: 'youtube', title: 'YouTube', cookies: [], default: false },
        { id: 'maps', title: 'OpenStreetMap', cookies: [], default: true },
      ],
    },
  });
  await loadStylesheet('/node_modules/orejime/dist/orejime-standard.css');
  await loadClassicScript('/node_modules/orejime/dist/orejime-standard-fr.js');
});
after(() => forgetCookie(cookie));

describe('orejime adapter, with Orejime 3', () => {
  it('holds a click before the first choice, hears every save, passes later clicks on and takes them back', async () => {
    const store = new ConsentStore([orejimeAdapter()]);
    const followed = follow(store);
    expect(store.state('youtube')).to.deep.include({ decision: 'unknown', manager: 'orejime', preferences: true });

    store.request('youtube');
    expect(store.state('youtube')).to.deep.include({ decision: 'granted', source: 'click' });
    expect(cookieNamed(cookie)).to.equal(false);

    await clickWhenThere('.orejime-Banner-declineButton');
    await followed.becomes('denied');

    store.request('youtube');
    expect(store.state('youtube')).to.deep.include({ decision: 'granted', source: 'click' });
    store.revoke('youtube');
    expect(store.get('youtube')).to.equal('denied');

    store.openPreferences('youtube');
    await clickWhenThere('#orejime-purpose-youtube');
    await clickWhenThere('.orejime-Modal-saveButton');
    await followed.becomes('granted');
    expect(store.state('youtube').source).to.equal('manager');
  });
});

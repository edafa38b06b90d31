import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadClassicScript, loadStylesheet } from '../../../test-support/pages.js';
import { cookieconsentAdapter } from '../src/adapters/cookieconsent.js';
import { ConsentStore } from '../src/store.js';
import { clickWhenThere, cookieNamed, follow, forgetCookie } from './real-managers.js';

/* The cookieconsent adapter against CookieConsent v3 itself, from npm (its UMD build). */
const cookie = 'np_unit_cc';

before(async () => {
  forgetCookie(cookie);
  await loadStylesheet('/node_modules/vanilla-cookieconsent/dist/cookieconsent.css');
  await loadClassicScript('/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js');
  await (window as unknown as { CookieConsent: { run(config: object): Promise<void> } }).CookieConsent.run({
    // Under test automation (navigator.webdriver) it would otherwise do nothing.
    hideFromBots: false,
    cookie: { name: cookie },
    categories: { necessary: { enabled: true, readOnly: true }, marketing: { services: { youtube: { label: 'YouTube' }, vimeo: { label: 'Vimeo' } } } },
    language: {
      default: 'fr',
      translations: {
        fr: {
          consentModal: { title: 'Cookies', acceptAllBtn: 'Tout accepter', acceptNecessaryBtn: 'Tout refuser', showPreferencesBtn: 'Gérer' },
          preferencesModal: {
            title: 'Préférences',
            acceptAllBtn: 'Tout accepter',
            acceptNecessaryBtn: 'Tout refuser',
            savePreferencesBtn: 'Enregistrer',
            sections: [{ title: 'Vidéos', linkedCategory: 'marketing' }],
          },
        },
      },
    },
  });
});
after(() => forgetCookie(cookie));

describe('cookieconsent adapter, with CookieConsent v3', () => {
  it('follows its banner, passes a click on for a listed service, keeps the others, takes it back, and hears its preferences closing', async () => {
    const store = new ConsentStore([cookieconsentAdapter()]);
    const followed = follow(store);
    expect(store.state('youtube')).to.deep.include({ decision: 'unknown', manager: 'cookieconsent', preferences: true });
    // Before the first choice: held in the page, nothing written for the visitor.
    store.request('youtube');
    expect(store.state('youtube').source).to.equal('click');
    expect(cookieNamed(cookie)).to.equal(false);

    await clickWhenThere('#cc-main .cm__btn[data-role="necessary"]');
    await followed.becomes('denied');

    const cc = (window as unknown as { CookieConsent: { acceptService(s: string[], c: string): void; acceptedService(s: string, c: string): boolean } })
      .CookieConsent;
    cc.acceptService(['vimeo'], 'marketing');
    store.request('youtube');
    expect(store.state('youtube')).to.deep.include({ decision: 'granted', source: 'click' });
    expect([cc.acceptedService('youtube', 'marketing'), cc.acceptedService('vimeo', 'marketing')]).to.deep.equal([true, true]);
    store.revoke('youtube');
    expect(store.get('youtube')).to.equal('denied');
    expect(cc.acceptedService('vimeo', 'marketing')).to.equal(true);

    // A category it does not have: the click is held; closing its preferences with × or Escape
    // saves nothing and changes nothing; saving them, even unchanged, ends the click.
    const statistics = { category: 'statistics' };
    store.request('dailymotion', statistics);
    expect(store.get('dailymotion', statistics)).to.equal('granted');
    const hidden = () => new Promise((resolve) => window.addEventListener('cc:onModalHide', resolve, { once: true }));
    store.openPreferences('dailymotion', statistics);
    let closed = hidden();
    await clickWhenThere('#cc-main .pm__close-btn');
    await closed;
    expect(store.get('dailymotion', statistics), 'after closing with ×').to.equal('granted');
    store.openPreferences('dailymotion', statistics);
    await waitUntil(() => document.querySelector('#cc-main .pm'), 'no preferences dialog');
    closed = hidden();
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(store.get('dailymotion', statistics), 'after closing with Escape').to.equal('granted');
    store.openPreferences('dailymotion', statistics);
    await clickWhenThere('#cc-main .pm__btn[data-role="save"]');
    await waitUntil(() => store.get('dailymotion', statistics) === 'denied', 'the click held after saving');
  });
});

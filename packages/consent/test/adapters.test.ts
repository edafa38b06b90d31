import { expect, waitUntil } from '@open-wc/testing';
import { defaultAdapters } from '../src/adapters/index.js';
import { storageKey } from '../src/local-store.js';
import { ConsentStore } from '../src/store.js';
import type { ConsentDecision } from '../src/types.js';
import { standIns, type StandIn } from '../../../test-support/consent-managers.js';
import { createCmpApi, encodeTcString, tcStorageKey, vendorId } from '../../../test-support/tcf-cmp.js';

const options = (_standIn: StandIn) => ({ category: 'marketing' });

/** Subscribes to youtube and keeps every decision received. */
function follow(store: ConsentStore, standIn: StandIn) {
  const received: ConsentDecision[] = [];
  const stop = store.subscribe('youtube', (decision) => received.push(decision), options(standIn));
  return { received, stop, last: () => received.at(-1) };
}

for (const [label, create] of Object.entries(standIns)) {
  describe(`${label} adapter`, () => {
    let standIn: StandIn;
    beforeEach(() => {
      standIn = create();
      localStorage.removeItem(storageKey);
    });
    afterEach(() => {
      standIn.remove();
      localStorage.removeItem(storageKey);
      delete document.documentElement.dataset.npCmp;
    });

    it('follows the visitor’s choices in a manager loaded before the widget, revocation included', async () => {
      standIn.install();
      const store = new ConsentStore(defaultAdapters());
      expect(store.get('youtube', options(standIn))).to.equal('unknown');
      const followed = follow(store, standIn);
      standIn.decide(true);
      expect(followed.last()).to.equal('granted');
      standIn.decide(false);
      expect(followed.last()).to.equal('denied');
      expect(store.get('youtube', options(standIn))).to.equal('denied');
      followed.stop();
    });

    it('picks up a manager that loads after the widget', async () => {
      const store = new ConsentStore(defaultAdapters());
      const followed = follow(store, standIn);
      expect(store.get('youtube', options(standIn))).to.equal('unknown');
      standIn.install();
      standIn.decide(true);
      await waitUntil(() => followed.last() === 'granted', 'the late manager was not detected', { timeout: 3000 });
      standIn.decide(false);
      expect(followed.last()).to.equal('denied');
    });

    it('is chosen by data-np-cmp, and ignored for another name', async () => {
      standIn.install();
      standIn.decide(true);
      const store = new ConsentStore(defaultAdapters());
      document.documentElement.dataset.npCmp = standIn.name;
      expect(store.get('youtube', options(standIn))).to.equal('granted');
      document.documentElement.dataset.npCmp = 'none';
      expect(store.get('youtube', options(standIn))).to.equal('unknown');
      expect(store.get('youtube', { ...options(standIn), cmp: standIn.name })).to.equal('granted');
    });

    it('holds a click until the visitor saves in the manager, even the same refusal again, and passes a later one on where the manager can take it', async () => {
      standIn.install();
      const store = new ConsentStore(defaultAdapters());
      const followed = follow(store, standIn);
      // Before any choice in the manager: a grant for this page view held in the page, nothing
      // recorded there for the visitor; "always allow" is not stored where a manager decides.
      store.request('youtube', { ...options(standIn), remember: true });
      expect(followed.last()).to.equal('granted');
      expect(standIn.recordedAnything(), 'recorded in the manager before the first choice').to.equal(false);
      expect(localStorage.getItem(storageKey)).to.equal(null);
      standIn.decide(false);
      expect(followed.last()).to.equal('denied');

      store.request('youtube', options(standIn));
      expect(followed.last()).to.equal('granted');
      expect(standIn.managerGranted()).to.equal(standIn.acceptsOneService);
      expect(store.state('youtube', options(standIn)).source).to.equal('click');
      standIn.decide(false);
      expect(followed.last()).to.equal('denied');
    });

    it('takes a click back with revoke, in the manager too where the click was written there', async () => {
      standIn.install();
      standIn.decide(false);
      const store = new ConsentStore(defaultAdapters());
      const followed = follow(store, standIn);
      store.request('youtube', options(standIn));
      expect(followed.last()).to.equal('granted');
      store.revoke('youtube', options(standIn));
      expect(followed.last()).to.equal('denied');
      expect(standIn.managerGranted()).to.equal(false);
    });

    it('wins over a local "always allow"', async () => {
      localStorage.setItem(storageKey, JSON.stringify({ youtube: 'granted' }));
      standIn.install();
      const store = new ConsentStore(defaultAdapters());
      expect(store.get('youtube', options(standIn))).to.equal('unknown');
      standIn.decide(false);
      expect(store.get('youtube', options(standIn))).to.equal('denied');
    });

    it('opens the manager’s own preferences', async () => {
      standIn.install();
      const store = new ConsentStore(defaultAdapters());
      let asked = false;
      const listener = () => (asked = true);
      document.addEventListener('np-consent-preferences', listener);
      store.openPreferences('youtube', options(standIn));
      document.removeEventListener('np-consent-preferences', listener);
      expect(standIn.preferencesOpened()).to.equal(true);
      expect(asked).to.equal(false);
      expect(store.state('youtube', options(standIn)).preferences).to.equal(true);
    });

    it('offers no preferences control when the manager cannot open them, unless the site says it answers', async () => {
      standIn.install();
      standIn.losePreferences();
      const store = new ConsentStore(defaultAdapters());
      expect(store.state('youtube', options(standIn)).preferences).to.equal(false);
      document.documentElement.setAttribute('data-np-consent-preferences', '');
      try {
        expect(store.state('youtube', options(standIn)).preferences).to.equal(true);
        let asked = false;
        document.addEventListener('np-consent-preferences', () => (asked = true), { once: true });
        store.openPreferences('youtube', options(standIn));
        expect(asked).to.equal(true);
      } finally {
        document.documentElement.removeAttribute('data-np-consent-preferences');
      }
    });
  });
}

describe('TCF, with the IAB’s own __tcfapi (@iabtcf/cmpapi) and TC strings (@iabtcf/core)', () => {
  const vendor = { vendor: String(vendorId) };
  afterEach(() => Reflect.deleteProperty(window, '__tcfapi'));

  it('grants with purpose 1 and the vendor named, refuses otherwise, and grants where the GDPR does not apply', () => {
    const cmp = createCmpApi();
    const store = new ConsentStore(defaultAdapters());
    store.subscribe('youtube', () => {}, vendor);
    expect(store.get('youtube', vendor)).to.equal('unknown');
    cmp.update(encodeTcString(true), false);
    expect(store.get('youtube', vendor)).to.equal('granted');
    expect(store.get('youtube', { vendor: '999' })).to.equal('denied');
    cmp.update(encodeTcString(false), false);
    expect(store.get('youtube', vendor)).to.equal('denied');
    cmp.update(null, false);
    expect(store.get('youtube', vendor)).to.equal('granted');
  });

  it('holds a click before the first choice in the page, writes nothing, and offers preferences only where the site answers them', () => {
    // A first visit: the CMP shows its banner, with no TC string.
    createCmpApi().update('', true);
    localStorage.removeItem(tcStorageKey);
    const store = new ConsentStore(defaultAdapters());
    store.request('youtube', vendor);
    expect(store.state('youtube', vendor)).to.deep.include({ decision: 'granted', source: 'click', manager: 'tcf', preferences: false });
    expect(localStorage.getItem(tcStorageKey), 'a TC string written for the visitor').to.equal(null);
    let tcString: string | undefined = 'never answered';
    (window as unknown as { __tcfapi: (c: string, v: number, cb: (data: { tcString?: string }) => void) => void }).__tcfapi(
      'getTCData',
      2,
      (data) => (tcString = data.tcString),
    );
    expect(tcString, 'the TC string __tcfapi gives').to.equal('');
  });

  it('ends a click’s grant when the visitor saves the same refusal again (useractioncomplete)', () => {
    const cmp = createCmpApi();
    cmp.update(encodeTcString(false), false);
    const store = new ConsentStore(defaultAdapters());
    const received: ConsentDecision[] = [];
    store.subscribe('youtube', (decision) => received.push(decision), vendor);
    store.request('youtube', vendor);
    // The banner shown again keeps the click; saving decides.
    cmp.update(encodeTcString(false), true);
    expect(store.get('youtube', vendor)).to.equal('granted');
    cmp.update(encodeTcString(false), false);
    expect(received).to.deep.equal(['granted', 'denied']);
  });
});

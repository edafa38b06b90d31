import { expect, waitUntil } from '@open-wc/testing';
import { defaultAdapters } from '../src/adapters/index.js';
import { storageKey } from '../src/local-store.js';
import { ConsentStore } from '../src/store.js';
import type { ConsentDecision } from '../src/types.js';
import { standIns, type StandIn } from '../../../test-support/consent-managers.js';

const options = (standIn: StandIn) => ({ category: 'marketing', vendor: standIn.name === 'tcf' ? '755' : undefined });

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

    it('passes an acceptance on to the manager, or grants for this page view until the manager withdraws it', async () => {
      standIn.install();
      const store = new ConsentStore(defaultAdapters());
      const followed = follow(store, standIn);
      store.request('youtube', { ...options(standIn), remember: true });
      expect(followed.last()).to.equal('granted');
      expect(standIn.managerGranted()).to.equal(standIn.acceptsOneService);
      // "Always allow" is not stored where a manager decides.
      expect(localStorage.getItem(storageKey)).to.equal(null);
      standIn.decide(false);
      expect(followed.last()).to.equal('denied');
    });

    it('wins over a local "always allow"', async () => {
      localStorage.setItem(storageKey, JSON.stringify({ youtube: 'granted' }));
      standIn.install();
      const store = new ConsentStore(defaultAdapters());
      expect(store.get('youtube', options(standIn))).to.equal('unknown');
      standIn.decide(false);
      expect(store.get('youtube', options(standIn))).to.equal('denied');
    });

    it('opens the manager’s preferences, or asks the site when the manager has no way to', async () => {
      standIn.install();
      const store = new ConsentStore(defaultAdapters());
      let asked = false;
      const listener = () => (asked = true);
      document.addEventListener('np-consent-preferences', listener);
      store.openPreferences('youtube', options(standIn));
      document.removeEventListener('np-consent-preferences', listener);
      expect(standIn.preferencesOpened() || asked).to.equal(true);
      expect(standIn.preferencesOpened()).to.equal(standIn.name !== 'tcf');
    });
  });
}

describe('TCF specifics', () => {
  afterEach(() => standIns.tcf!().remove());

  it('grants when the GDPR does not apply, and needs the vendor when one is named', async () => {
    const standIn = standIns.tcf!();
    standIn.install();
    const store = new ConsentStore(defaultAdapters());
    store.subscribe('youtube', () => {}, { vendor: '755' });
    standIn.decide(true);
    expect(store.get('youtube', { vendor: '755' })).to.equal('granted');
    expect(store.get('youtube', { vendor: '999' })).to.equal('denied');
    const api = (window as unknown as { __tcfapi: (...args: unknown[]) => void }).__tcfapi;
    const store2 = new ConsentStore(defaultAdapters());
    (window as unknown as { __tcfapi: unknown }).__tcfapi = (command: string, _v: number, callback: (...a: unknown[]) => void) => {
      if (command === 'addEventListener') callback({ gdprApplies: false, listenerId: 9 }, true);
      else api(command, 2, callback);
    };
    store2.subscribe('youtube', () => {});
    expect(store2.get('youtube')).to.equal('granted');
  });
});

import { expect } from '@open-wc/testing';
import * as consent from '../src/index.js';
import { listenForAnnouncements } from '../src/announcements.js';
import { storageKey } from '../src/local-store.js';
import { ConsentStore } from '../src/store.js';
import type { ConsentDecision } from '../src/types.js';

const announce = (service: string, granted: unknown) =>
  document.dispatchEvent(new CustomEvent('np-consent', { detail: { service, granted } }));

describe('consent without a consent manager', () => {
  let store: ConsentStore;
  // What the site announced is the page's, heard by every store: each test starts with none.
  const forgetAnnouncements = () => listenForAnnouncements().heard.clear();
  beforeEach(() => {
    forgetAnnouncements();
    localStorage.removeItem(storageKey);
    store = new ConsentStore([]);
  });
  afterEach(() => {
    forgetAnnouncements();
    localStorage.removeItem(storageKey);
  });

  it('is unknown until something is said', () => {
    expect(store.get('youtube')).to.equal('unknown');
  });

  it('grants a placeholder click for this page view only', () => {
    store.request('youtube');
    expect(store.get('youtube')).to.equal('granted');
    expect(store.get('vimeo')).to.equal('unknown');
    expect(localStorage.getItem(storageKey)).to.equal(null);
    expect(new ConsentStore([]).get('youtube')).to.equal('unknown');
  });

  it('keeps "always allow" in localStorage under np-consent, until revoked', () => {
    store.request('youtube', { remember: true });
    expect(JSON.parse(localStorage.getItem(storageKey)!)).to.deep.equal({ youtube: 'granted' });
    expect(new ConsentStore([]).get('youtube')).to.equal('granted');
    store.request('vimeo', { remember: true });
    store.revoke('youtube');
    expect(store.get('youtube')).to.equal('unknown');
    expect(JSON.parse(localStorage.getItem(storageKey)!)).to.deep.equal({ vimeo: 'granted' });
    store.revoke('vimeo');
    expect(localStorage.getItem(storageKey)).to.equal(null);
  });

  it('survives unreadable storage', () => {
    localStorage.setItem(storageKey, '{not json');
    expect(store.get('youtube')).to.equal('unknown');
    localStorage.setItem(storageKey, '"a string"');
    store.request('youtube', { remember: true });
    expect(JSON.parse(localStorage.getItem(storageKey)!)).to.deep.equal({ youtube: 'granted' });
  });

  it('follows a home-made banner through the np-consent event, which wins over storage', () => {
    const received: ConsentDecision[] = [];
    store.subscribe('youtube', (decision) => received.push(decision));
    announce('youtube', true);
    announce('youtube', true);
    announce('youtube', false);
    announce('youtube', 'yes');
    document.dispatchEvent(new CustomEvent('np-consent', { detail: { service: 42, granted: true } }));
    document.dispatchEvent(new CustomEvent('np-consent'));
    expect(received).to.deep.equal(['granted', 'denied']);
    localStorage.setItem(storageKey, JSON.stringify({ youtube: 'granted' }));
    expect(store.get('youtube')).to.equal('denied');
  });

  it('drops a click when the banner later refuses, and keeps that refusal on revoke', () => {
    store.request('youtube');
    announce('youtube', false);
    expect(store.get('youtube')).to.equal('denied');
    store.revoke('youtube');
    expect(store.get('youtube')).to.equal('denied');
  });

  it('stops calling back after unsubscribing', () => {
    const received: ConsentDecision[] = [];
    const stop = store.subscribe('youtube', (decision) => received.push(decision));
    stop();
    store.request('youtube');
    expect(received).to.deep.equal([]);
  });

  it('says where a decision comes from: a click, "always allow", the site’s banner', () => {
    expect(store.state('youtube')).to.deep.equal({ decision: 'unknown', source: undefined, manager: undefined, preferences: false });
    store.request('youtube');
    expect(store.state('youtube').source).to.equal('click');
    store.revoke('youtube');
    store.request('youtube', { remember: true });
    expect(new ConsentStore([]).state('youtube').source).to.equal('remembered');
    announce('vimeo', true);
    expect(store.state('vimeo')).to.deep.include({ decision: 'granted', source: 'site' });
    store.revoke('youtube');
    store.revoke('vimeo');
  });

  it('offers a preferences control only where it would do something: a site that says it answers np-consent-preferences', () => {
    expect(store.state('youtube').preferences).to.equal(false);
    document.documentElement.setAttribute('data-np-consent-preferences', '');
    expect(store.state('youtube').preferences).to.equal(true);
    document.documentElement.removeAttribute('data-np-consent-preferences');
  });

  it('calls back when where a decision comes from changes, not only the decision', () => {
    let calls = 0;
    store.subscribe('youtube', () => calls++);
    announce('youtube', true);
    store.request('youtube');
    expect([calls, store.state('youtube').source]).to.deep.equal([2, 'click']);
    store.revoke('youtube');
  });

  it('asks the site to open its preferences with np-consent-preferences', () => {
    let detail: unknown;
    const listener = (event: CustomEvent<{ service?: string }>) => (detail = event.detail);
    document.addEventListener('np-consent-preferences', listener);
    store.openPreferences('youtube');
    document.removeEventListener('np-consent-preferences', listener);
    expect(detail).to.deep.equal({ service: 'youtube' });
  });

  it('ends a click’s grant when the visitor saves in the manager, even the refusal they had already saved', () => {
    let onChange: (saved?: boolean) => void = () => {};
    store.addAdapter({
      name: 'refusing',
      isPresent: () => true,
      decision: () => 'denied',
      watch: (callback) => {
        onChange = callback;
        return () => {};
      },
    });
    const received: ConsentDecision[] = [];
    store.subscribe('youtube', (decision) => received.push(decision));
    store.request('youtube', { remember: true });
    // With a manager, "always allow" is not kept: the manager is where choices are remembered.
    expect(localStorage.getItem(storageKey)).to.equal(null);
    // The manager reloading its state is not the visitor saving: the click holds.
    onChange();
    expect(store.get('youtube')).to.equal('granted');
    onChange(true);
    expect(received).to.deep.equal(['granted', 'denied']);
  });

  it('asks an added adapter first', () => {
    const received: ConsentDecision[] = [];
    let granted = false;
    let onChange = () => {};
    store.addAdapter({
      name: 'home-made',
      isPresent: () => true,
      decision: () => (granted ? 'granted' : 'denied'),
      watch: (callback) => {
        onChange = callback;
        return () => {};
      },
    });
    store.subscribe('youtube', (decision) => received.push(decision));
    granted = true;
    onChange();
    expect(received).to.deep.equal(['granted']);
  });
});

describe('the page’s consent state', () => {
  afterEach(() => {
    listenForAnnouncements().heard.clear();
    localStorage.removeItem(storageKey);
  });

  it('hears the site’s banner from the moment the package runs, before any widget asks', () => {
    // The package ran when this file imported it; no store has been made for vimeo's question yet.
    announce('vimeo', true);
    expect(new ConsentStore([]).state('vimeo')).to.deep.include({ decision: 'granted', source: 'site' });
  });

  it('takes announcements from the queue a banner pushes to when it runs before any N-POWER script', () => {
    const queue = (window as unknown as { npConsent: { push(...a: unknown[]): number } }).npConsent;
    expect(queue.push({ service: 'dailymotion', granted: true }, { service: 'dailymotion' }, 'nonsense')).to.equal(3);
    expect(new ConsentStore([]).get('dailymotion')).to.equal('granted');
    queue.push({ service: 'dailymotion', granted: false });
    expect(new ConsentStore([]).get('dailymotion')).to.equal('denied');
  });

  it('is one store per page, shared by every copy of the package', () => {
    const key = Symbol.for('npower.consent.store');
    const page = globalThis as unknown as Record<symbol, ConsentStore>;
    consent.revoke('youtube');
    const shared = page[key]!;
    expect(shared).to.be.instanceOf(ConsentStore);
    consent.request('youtube');
    expect(shared.get('youtube')).to.equal('granted');
    expect(consent.get('youtube')).to.equal('granted');
    const received: ConsentDecision[] = [];
    const stop = consent.subscribe('vimeo', (decision) => received.push(decision));
    shared.request('vimeo', { remember: true });
    consent.revoke('vimeo');
    stop();
    expect(received).to.deep.equal(['granted', 'unknown']);
  });

  it('offers openPreferences and addAdapter on the shared store', () => {
    let opened = false;
    consent.addAdapter({
      name: 'site',
      isPresent: () => true,
      decision: () => 'unknown',
      watch: () => () => {},
      openPreferences: () => (opened = true),
    });
    consent.openPreferences('youtube');
    expect(opened).to.equal(true);
  });
});

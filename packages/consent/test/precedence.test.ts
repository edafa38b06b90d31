import { expect } from '@open-wc/testing';
import { listenForAnnouncements } from '../src/announcements.js';
import { storageKey } from '../src/local-store.js';
import { ConsentStore } from '../src/store.js';
import type { ConsentAdapter, ConsentDecision, ConsentState } from '../src/types.js';

/*
 * The precedence table of the consent package's README, one test a row, in its order. The
 * manager here is scripted: what each row needs of a manager (an answer per service, a save by
 * the visitor, a write that echoes a save as tarteaucitron's does) and nothing else.
 */

const announce = (service: string, granted: boolean) =>
  document.dispatchEvent(new CustomEvent('np-consent', { detail: { service, granted } }));

/** A consent manager whose visitor is played by the test. */
function scriptedManager({ takesOneService = false } = {}) {
  const answers = new Map<string, ConsentDecision>();
  let chosen = false;
  let onChange: (saved?: boolean) => void = () => {};
  const adapter: ConsentAdapter = {
    name: 'scripted',
    isPresent: () => true,
    decision: (service) => answers.get(service) ?? 'unknown',
    watch(callback) {
      onChange = callback;
      return () => {};
    },
    ...(takesOneService && {
      // Like tarteaucitron: the write is reported as a save, there and then.
      decide(service: string, _options: unknown, granted: boolean) {
        if (!chosen) return false;
        answers.set(service, granted ? 'granted' : 'denied');
        onChange(true);
        return true;
      },
    }),
  };
  return {
    adapter,
    answers,
    /** The visitor saves in the manager's dialog: these answers, the others unchanged. */
    save(saved: Record<string, ConsentDecision> = {}) {
      chosen = true;
      Object.entries(saved).forEach(([service, decision]) => answers.set(service, decision));
      onChange(true);
    },
    /** The manager reports a change the visitor did not save (its dialog closed, its state reloaded). */
    report: () => onChange(),
  };
}

const brief = ({ decision, source }: ConsentState) => `${decision}${source ? ` (${source})` : ''}`;

describe('precedence: which source wins, and until when', () => {
  let store: ConsentStore;
  const youtube = () => brief(store.state('youtube'));
  beforeEach(() => {
    listenForAnnouncements().heard.clear();
    localStorage.removeItem(storageKey);
    store = new ConsentStore([]);
  });
  afterEach(() => {
    listenForAnnouncements().heard.clear();
    localStorage.removeItem(storageKey);
  });

  it('1. the manager’s answer wins over the site’s announcement', () => {
    const manager = scriptedManager();
    store.addAdapter(manager.adapter);
    manager.save({ youtube: 'denied' });
    announce('youtube', true);
    expect(youtube()).to.equal('denied (manager)');
    manager.save({ youtube: 'granted' });
    announce('youtube', false);
    expect(youtube()).to.equal('granted (manager)');
  });

  it('2. the site’s announcement counts while the manager has no answer', () => {
    const manager = scriptedManager();
    store.addAdapter(manager.adapter);
    announce('youtube', true);
    expect(youtube()).to.equal('granted (site)');
    manager.save({ youtube: 'denied' });
    expect(youtube()).to.equal('denied (manager)');
  });

  it('3. a click after the manager’s refusal grants the service for this page view, until the visitor saves in the manager, even unchanged', () => {
    const manager = scriptedManager();
    store.addAdapter(manager.adapter);
    manager.save({ youtube: 'denied' });
    store.request('youtube');
    expect(youtube()).to.equal('granted (click)');
    manager.report();
    expect(youtube(), 'a report that is not a save').to.equal('granted (click)');
    manager.save();
    expect(youtube()).to.equal('denied (manager)');
  });

  it('4. a click before the visitor’s first choice in the manager is held in the page, and nothing is written there', () => {
    const manager = scriptedManager({ takesOneService: true });
    store.addAdapter(manager.adapter);
    store.request('youtube');
    expect(youtube()).to.equal('granted (click)');
    expect(manager.answers.size).to.equal(0);
    manager.save({ youtube: 'denied' });
    expect(youtube()).to.equal('denied (manager)');
  });

  it('5. a click after the first choice, where the manager takes one service, is written there and stays a click until the visitor changes it there', () => {
    const manager = scriptedManager({ takesOneService: true });
    store.addAdapter(manager.adapter);
    manager.save({ youtube: 'denied', vimeo: 'denied' });
    store.request('vimeo');
    expect(manager.answers.get('vimeo')).to.equal('granted');
    expect(brief(store.state('vimeo'))).to.equal('granted (click)');
    manager.save({ vimeo: 'denied' });
    expect(brief(store.state('vimeo'))).to.equal('denied (manager)');
  });

  it('6. the store’s own write in the manager is not the visitor saving: a click held for another service stays', () => {
    const manager = scriptedManager({ takesOneService: true });
    store.addAdapter(manager.adapter);
    manager.save({ youtube: 'denied' });
    // Vimeo is not one of the manager's services: its click is held in the page.
    store.request('vimeo');
    store.request('youtube');
    expect([brief(store.state('vimeo')), youtube()]).to.deep.equal(['granted (click)', 'granted (click)']);
    store.revoke('youtube');
    expect([brief(store.state('vimeo')), youtube()]).to.deep.equal(['granted (click)', 'denied (manager)']);
  });

  it('7. a click after the site’s refusal grants the service for this page view', () => {
    announce('youtube', false);
    store.request('youtube');
    expect(youtube()).to.equal('granted (click)');
  });

  it('8. the site’s grant after a click takes over: every video of the service loads', () => {
    store.request('youtube');
    announce('youtube', true);
    expect(youtube()).to.equal('granted (site)');
  });

  it('9. a refusal from any source ends a click’s grant: the site’s, the manager’s, revoke', () => {
    store.request('youtube');
    announce('youtube', false);
    expect(youtube(), 'the site').to.equal('denied (site)');

    const manager = scriptedManager();
    const managed = new ConsentStore([manager.adapter]);
    managed.request('youtube');
    manager.save({ youtube: 'denied' });
    expect(brief(managed.state('youtube')), 'the manager').to.equal('denied (manager)');

    listenForAnnouncements().heard.clear();
    store.request('youtube');
    store.revoke('youtube');
    expect(youtube(), 'revoke').to.equal('unknown');
  });

  it('10. "always allow" counts only without a manager, and the site’s announcement wins over it', () => {
    store.request('youtube', { remember: true });
    expect(brief(new ConsentStore([]).state('youtube'))).to.equal('granted (remembered)');
    announce('youtube', false);
    expect(brief(new ConsentStore([]).state('youtube'))).to.equal('denied (site)');
    listenForAnnouncements().heard.clear();
    expect(brief(new ConsentStore([scriptedManager().adapter]).state('youtube')), 'with a manager').to.equal('unknown');
  });

  it('11. revoke takes back what the placeholder gave and a site’s grant; a site’s refusal stands', () => {
    announce('youtube', true);
    store.revoke('youtube');
    expect(youtube()).to.equal('unknown');
    announce('youtube', false);
    store.request('youtube', { remember: true });
    store.revoke('youtube');
    expect(youtube()).to.equal('denied (site)');
    expect(localStorage.getItem(storageKey)).to.equal(null);
  });

  it('12. a dialog closed without saving changes nothing', () => {
    const manager = scriptedManager();
    store.addAdapter(manager.adapter);
    manager.save({ youtube: 'denied' });
    store.request('youtube');
    manager.report();
    expect(youtube()).to.equal('granted (click)');
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { NpConsentVideo } from '../src/consent-video.js';
import type { StandIn } from '../../../test-support/consent-managers.js';
import { part, playButton, player, resetConsent } from './helpers.js';

/*
 * The video with a consent manager, through @npower/consent's page-wide state. Each stand-in
 * is removed after its tests.
 */
const markup = (standIn: StandIn) => html`<np-consent-video
  provider="youtube"
  video-id="N-POWER-EMR"
  video-title="N-POWER"
  cmp=${standIn.name}
  vendor="c:youtube"
></np-consent-video>`;

/** The video's behaviour with one consent manager. */
export function describeWithManager(label: string, create: () => StandIn): void {
  describe(`<np-consent-video> with ${label}`, () => {
    let standIn: StandIn;
    beforeEach(() => {
      resetConsent();
      standIn = create();
    });
    afterEach(() => {
      standIn.remove();
      resetConsent();
    });

    it('plays when the visitor accepts in the manager loaded first, and stops when they withdraw', async () => {
      standIn.install();
      const el = await fixture<NpConsentVideo>(markup(standIn));
      expect(player(el)).to.equal(null);
      standIn.decide(true);
      await el.updateComplete;
      expect(player(el)!.src).to.include('autoplay=0');
      standIn.decide(false);
      await el.updateComplete;
      expect(player(el)).to.equal(null);
    });

    it('follows a manager that loads after the widget', async () => {
      const el = await fixture<NpConsentVideo>(markup(standIn));
      standIn.install();
      standIn.decide(true);
      await waitUntil(() => player(el), 'the late manager was not followed', { timeout: 3000 });
    });

    it('after a first choice in the manager, passes the accept button on where it can accept one service, and offers to withdraw', async () => {
      standIn.install();
      standIn.decide(false);
      const el = await fixture<NpConsentVideo>(markup(standIn));
      playButton(el).click();
      await el.updateComplete;
      expect(player(el)!.src).to.include('autoplay=1');
      expect(standIn.managerGranted()).to.equal(standIn.acceptsOneService);
      part(el, 'withdraw-button')!.click();
      await el.updateComplete;
      expect(player(el)).to.equal(null);
      expect(standIn.managerGranted()).to.equal(false);
    });

    it('offers the cookie preferences while the manager can open them, and opens them there', async () => {
      standIn.install();
      const el = await fixture<NpConsentVideo>(markup(standIn));
      part(el, 'preferences-button')!.click();
      expect(standIn.preferencesOpened()).to.equal(true);
      standIn.losePreferences();
      el.category = 'statistics';
      await el.updateComplete;
      expect(part(el, 'preferences-button'), 'a control that would do nothing').to.equal(null);
    });

    it('hides "always allow", which only a page without a manager keeps', async () => {
      standIn.install();
      const el = await fixture<NpConsentVideo>(html`<np-consent-video provider="youtube" video-id="N-POWER-EMR" video-title="N-POWER" show-remember></np-consent-video>`);
      expect(part(el, 'remember')).to.equal(null);
      expect(part(el, 'preferences-button')).not.to.equal(null);
    });
  });
}

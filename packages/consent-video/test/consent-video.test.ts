import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { get, storageKey } from '@npower/consent';
import '../src/define.js';
import type { NpConsentVideo } from '../src/consent-video.js';
import { part, playButton, player, resetConsent, shadow } from './helpers.js';
import { assertAccessible } from '../../../test-support/accessibility.js';

const title = 'N-POWER : le projet en vidéo';
const video = () => html`<np-consent-video provider="youtube" video-id="N-POWER-EMR" video-title=${title} cmp="none"></np-consent-video>`;
const text = (el: NpConsentVideo, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<np-consent-video>', () => {
  const pageLang = document.documentElement.lang;
  beforeEach(() => {
    document.documentElement.lang = 'fr';
    resetConsent();
  });
  afterEach(() => {
    document.documentElement.lang = pageLang;
    resetConsent();
    sinon.restore();
  });

  describe('before consent', () => {
    it('shows the title, the notice, an accept button naming the video and a plain link', async () => {
      const el = await fixture<NpConsentVideo>(video());
      expect(player(el)).to.equal(null);
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(text(el, 'title')).to.equal(title);
      expect(part(el, 'title')!.localName).to.equal('h3');
      expect(part(el, 'placeholder')!.getAttribute('aria-label')).to.equal(title);
      expect(text(el, 'notice')).to.equal('Cette fonctionnalité nécessite l’acceptation des cookies.');
      expect(text(el, 'detail')).to.include('YouTube');
      expect(playButton(el).tagName).to.equal('BUTTON');
      expect(text(el, 'play-button')).to.equal('Accepter et lire la vidéo');
      expect(playButton(el).getAttribute('aria-label')).to.equal(`Accepter et lire la vidéo : ${title}`);
      // No consent manager and no site that says it has preferences: a control that would do nothing is not shown.
      expect(part(el, 'preferences-button')).to.equal(null);
      expect(part(el, 'watch-link')!.getAttribute('href')).to.equal('https://www.youtube.com/watch?v=N-POWER-EMR');
      expect(part(el, 'remember')).to.equal(null);
    });

    it('shows the site’s poster, or the provider’s thumbnail only when asked', async () => {
      const el = await fixture<NpConsentVideo>(video());
      el.poster = '/packages/consent-video/examples/poster.svg';
      await el.updateComplete;
      expect(shadow(el).querySelector('img')!.getAttribute('src')).to.equal('/packages/consent-video/examples/poster.svg');
      expect(shadow(el).querySelector('img')!.alt).to.equal('');
      el.poster = 'javascript:alert(1)';
      await el.updateComplete;
      expect(shadow(el).querySelector('img')).to.equal(null);
      el.providerPoster = true;
      await el.updateComplete;
      expect(shadow(el).querySelector('img')!.getAttribute('src')).to.equal('https://i.ytimg.com/vi/N-POWER-EMR/hqdefault.jpg');
    });

    it('takes the notice and button text from attributes', async () => {
      const el = await fixture<NpConsentVideo>(html`<np-consent-video
        provider="vimeo"
        video-id="76979871"
        video-title="Autour de l’étang"
        notice="Cette vidéo Vimeo dépose des cookies."
        button-label="J’accepte"
      ></np-consent-video>`);
      expect(text(el, 'notice')).to.equal('Cette vidéo Vimeo dépose des cookies.');
      expect(text(el, 'play-button')).to.equal('J’accepte');
      expect(playButton(el).getAttribute('aria-label')).to.equal('J’accepte : Autour de l’étang');
    });

    for (const [lang, notice, play] of [
      ['nl', 'Voor deze functie moet u cookies aanvaarden.', 'Aanvaarden en video afspelen'],
      ['de', 'Für diese Funktion müssen Sie Cookies akzeptieren.', 'Akzeptieren und Video abspielen'],
      ['en', 'This feature requires accepting cookies.', 'Accept and play the video'],
    ]) {
      it(`speaks ${lang}, and follows a change of <html lang>`, async () => {
        const el = await fixture<NpConsentVideo>(video());
        document.documentElement.lang = lang!;
        await nextFrame();
        await el.updateComplete;
        expect(text(el, 'notice')).to.equal(notice);
        expect(text(el, 'play-button')).to.equal(play);
      });
    }

    for (const [lang, untitled, remember] of [
      ['fr', 'Vidéo Vimeo', 'Toujours autoriser les vidéos Vimeo dans ce navigateur'],
      ['nl', 'Video van Vimeo', 'Video’s van Vimeo altijd toestaan in deze browser'],
      ['de', 'Vimeo-Video', 'Vimeo-Videos in diesem Browser immer erlauben'],
      ['en', 'Vimeo video', 'Always allow Vimeo videos in this browser'],
    ]) {
      it(`names an untitled video and the "always allow" choice in ${lang}`, async () => {
        sinon.stub(console, 'warn');
        document.documentElement.lang = lang!;
        const el = await fixture<NpConsentVideo>(html`<np-consent-video provider="vimeo" video-id="76979871" show-remember></np-consent-video>`);
        expect(text(el, 'title')).to.equal(untitled);
        expect(part(el, 'remember')!.closest('label')!.textContent!.trim()).to.equal(remember);
      });
    }
  });

  describe('accepting', () => {
    it('loads the privacy-enhanced player with autoplay in the same box, focused, and announces it', async () => {
      const el = await fixture<NpConsentVideo>(video());
      const before = part(el, 'stage')!.getBoundingClientRect();
      const requested = oneEvent(el, 'np-consent-request');
      const activated = oneEvent(el, 'np-video-activate');
      playButton(el).click();
      expect((await requested).detail).to.deep.equal({ service: 'youtube', provider: 'youtube', videoId: 'N-POWER-EMR', remember: false });
      const { detail } = await activated;
      const iframe = player(el)!;
      expect(detail.src).to.equal('https://www.youtube-nocookie.com/embed/N-POWER-EMR?rel=0&autoplay=1');
      expect(iframe.src).to.equal(detail.src);
      expect(iframe.title).to.equal(title);
      // Only what a player needs; the origin alone as referrer (players refuse to run without one).
      expect(iframe.getAttribute('allow')).to.equal('autoplay; fullscreen; picture-in-picture');
      expect(iframe.getAttribute('referrerpolicy')).to.equal('strict-origin');
      expect(shadow(el).activeElement).to.equal(iframe);
      const after = part(el, 'stage')!.getBoundingClientRect();
      expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
      expect(part(el, 'placeholder')!.hidden).to.equal(true);
    });

    it('keeps the box when the placeholder text is taller than the video', async () => {
      const el = await fixture<NpConsentVideo>(html`<div style="width: 240px">${video()}</div>`);
      const element = el.querySelector('np-consent-video')!;
      await element.updateComplete;
      const before = part(element, 'stage')!.getBoundingClientRect().height;
      expect(before).to.be.greaterThan(240 * (9 / 16));
      playButton(element).click();
      await element.updateComplete;
      expect(part(element, 'stage')!.getBoundingClientRect().height).to.equal(before);
    });

    it('causes no layout shift', async function () {
      if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) this.skip();
      const shifts: PerformanceEntry[] = [];
      const observer = new PerformanceObserver((list) => shifts.push(...list.getEntries()));
      const el = await fixture<NpConsentVideo>(html`<div>${video()}<p>After the video</p></div>`);
      observer.observe({ type: 'layout-shift' });
      playButton(el.querySelector('np-consent-video')!).click();
      await aTimeout(300);
      observer.disconnect();
      expect(shifts).to.deep.equal([]);
    });

    it('works from the keyboard alone', async () => {
      const el = await fixture<NpConsentVideo>(video());
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(playButton(el));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => player(el), 'no player after Enter');
      before.remove();
    });

    it('lets a site run its own flow by cancelling np-consent-request', async () => {
      const el = await fixture<NpConsentVideo>(video());
      el.addEventListener('np-consent-request', (event) => event.preventDefault());
      playButton(el).click();
      await el.updateComplete;
      expect(player(el)).to.equal(null);
      expect(get('youtube')).to.equal('unknown');
      document.dispatchEvent(new CustomEvent('np-consent', { detail: { service: 'youtube', granted: true } }));
      await el.updateComplete;
      // Consent given elsewhere: the player loads without autoplay and focus stays where it was.
      expect(player(el)!.src).to.include('autoplay=0');
      expect(shadow(el).activeElement).to.equal(null);
    });

    it('remembers "always allow" when offered and ticked', async () => {
      const el = await fixture<NpConsentVideo>(html`<np-consent-video
        provider="youtube"
        video-id="N-POWER-EMR"
        video-title=${title}
        cmp="none"
        show-remember
      ></np-consent-video>`);
      const checkbox = part(el, 'remember') as HTMLInputElement;
      expect(checkbox.closest('label')!.textContent!.trim()).to.equal('Toujours autoriser les vidéos YouTube dans ce navigateur');
      checkbox.click();
      playButton(el).click();
      await el.updateComplete;
      expect(JSON.parse(localStorage.getItem(storageKey)!)).to.deep.equal({ youtube: 'granted' });
      const second = await fixture<NpConsentVideo>(video());
      expect(player(second)!.src).to.include('autoplay=0');
    });

    it('puts the placeholder back when consent is withdrawn', async () => {
      const el = await fixture<NpConsentVideo>(video());
      playButton(el).click();
      await el.updateComplete;
      expect(player(el)).not.to.equal(null);
      document.dispatchEvent(new CustomEvent('np-consent', { detail: { service: 'youtube', granted: false } }));
      await el.updateComplete;
      expect(player(el)).to.equal(null);
      expect(part(el, 'placeholder')!.hidden).to.equal(false);
    });

    it('keeps following consent after being moved in the page', async () => {
      const el = await fixture<NpConsentVideo>(video());
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      document.dispatchEvent(new CustomEvent('np-consent', { detail: { service: 'youtube', granted: true } }));
      await el.updateComplete;
      expect(player(el)).not.to.equal(null);
    });

    it('obeys a consent attribute set by the site', async () => {
      const el = await fixture<NpConsentVideo>(video());
      el.setAttribute('consent', 'granted');
      await el.updateComplete;
      expect(player(el)).not.to.equal(null);
      el.setAttribute('consent', 'denied');
      document.dispatchEvent(new CustomEvent('np-consent', { detail: { service: 'youtube', granted: true } }));
      await el.updateComplete;
      expect(player(el)).to.equal(null);
    });

    it('asks under its own service name', async () => {
      const el = await fixture<NpConsentVideo>(html`<np-consent-video
        src="https://vimeo.com/76979871#t=30s"
        video-title="Autour de l’étang"
        service="city-video"
      ></np-consent-video>`);
      playButton(el).click();
      await el.updateComplete;
      expect(get('city-video')).to.equal('granted');
      expect(get('vimeo')).to.equal('unknown');
      expect(player(el)!.src).to.equal('https://player.vimeo.com/video/76979871?dnt=1&autoplay=1#t=30s');
    });

    it('opens the site’s cookie preferences, on a page that says it answers np-consent-preferences', async () => {
      document.documentElement.setAttribute('data-np-consent-preferences', '');
      const el = await fixture<NpConsentVideo>(video());
      const asked = oneEvent(document, 'np-consent-preferences');
      expect(text(el, 'preferences-button')).to.equal('Modifier vos préférences en matière de cookies');
      part(el, 'preferences-button')!.click();
      expect((await asked).detail).to.deep.equal({ service: 'youtube' });
      document.documentElement.removeAttribute('data-np-consent-preferences');
    });

    it('offers to stop the video and withdraw the consent a click gave: no player left, the placeholder focused', async () => {
      const el = await fixture<NpConsentVideo>(html`<np-consent-video
        provider="youtube"
        video-id="N-POWER-EMR"
        video-title=${title}
        cmp="none"
        show-remember
      ></np-consent-video>`);
      part(el, 'remember')!.click();
      playButton(el).click();
      await el.updateComplete;
      const withdraw = part(el, 'withdraw-button')!;
      expect(text(el, 'withdraw-button')).to.equal('Arrêter la vidéo et retirer mon consentement');
      withdraw.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(player(el)).to.equal(null);
      expect(part(el, 'withdraw-button')).to.equal(null);
      expect(shadow(el).activeElement).to.equal(playButton(el));
      // "Always allow" goes with it.
      expect(localStorage.getItem(storageKey)).to.equal(null);
      expect(get('youtube')).to.equal('unknown');
    });

    it('offers no withdrawal where the consent came from the site or its manager, which is where it is withdrawn', async () => {
      const el = await fixture<NpConsentVideo>(video());
      document.dispatchEvent(new CustomEvent('np-consent', { detail: { service: 'youtube', granted: true } }));
      await el.updateComplete;
      expect(player(el)).not.to.equal(null);
      expect(part(el, 'withdraw-button')).to.equal(null);
    });

    it('plays only the video clicked; the others of the service say consent was given and play with one click, or at once with autoload', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        ${video()}
        <np-consent-video src="https://youtu.be/N-POWER-TWO" video-title="Deuxième" cmp="none"></np-consent-video>
        <np-consent-video src="https://youtu.be/N-POWER-333" video-title="Troisième" cmp="none" autoload></np-consent-video>
        <np-consent-video src="https://vimeo.com/76979871" video-title="Vimeo" cmp="none"></np-consent-video>
      </div>`);
      const [first, second, third, vimeo] = [...page.querySelectorAll<NpConsentVideo>('np-consent-video')];
      const activations: string[] = [];
      page.addEventListener('np-video-activate', (event) => activations.push(event.detail.videoId));
      playButton(first!).click();
      await Promise.all([first, second, third, vimeo].map((el) => el!.updateComplete));
      expect(activations.sort()).to.deep.equal(['N-POWER-333', 'N-POWER-EMR']);
      expect(player(second!)).to.equal(null);
      expect(text(second!, 'notice')).to.equal('Vous avez accepté les vidéos YouTube sur cette page.');
      expect(text(second!, 'play-button')).to.equal('Lire la vidéo');
      expect(part(second!, 'remember')).to.equal(null);
      expect(player(third!)!.src).to.include('autoplay=0');
      expect(player(vimeo!)).to.equal(null);
      expect(text(vimeo!, 'notice')).to.equal('Cette fonctionnalité nécessite l’acceptation des cookies.');

      playButton(second!).click();
      await second!.updateComplete;
      expect(player(second!)!.src).to.include('autoplay=1');
      expect(shadow(second!).activeElement).to.equal(player(second!));
      // One withdrawal for the service: every player of it goes.
      part(second!, 'withdraw-button')!.click();
      await Promise.all([first, second, third].map((el) => el!.updateComplete));
      expect([player(first!), player(second!), player(third!)]).to.deep.equal([null, null, null]);
    });

    it('loads every video of the service when the site’s banner accepts it after a click on one placeholder', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        ${video()}
        <np-consent-video src="https://youtu.be/N-POWER-TWO" video-title="Deuxième" cmp="none"></np-consent-video>
      </div>`);
      const [first, second] = [...page.querySelectorAll<NpConsentVideo>('np-consent-video')];
      playButton(first!).click();
      await Promise.all([first!.updateComplete, second!.updateComplete]);
      expect(player(second!)).to.equal(null);
      document.dispatchEvent(new CustomEvent('np-consent', { detail: { service: 'youtube', granted: true } }));
      await Promise.all([first!.updateComplete, second!.updateComplete]);
      expect(player(second!), 'the second video after the site’s grant').not.to.equal(null);
      expect(player(first!)).not.to.equal(null);
      // Withdrawn where it was given: the site's banner.
      expect(part(first!, 'withdraw-button')).to.equal(null);
    });

    it('follows its attributes after consent: another video replaces the player and is announced, none brings the message back', async () => {
      const el = await fixture<NpConsentVideo>(video());
      playButton(el).click();
      await el.updateComplete;
      const activated = oneEvent(el, 'np-video-activate');
      el.videoId = 'N-POWER-TWO';
      el.start = 42;
      expect((await activated).detail.src).to.equal('https://www.youtube-nocookie.com/embed/N-POWER-TWO?rel=0&autoplay=0&start=42');
      expect(player(el)!.src).to.equal('https://www.youtube-nocookie.com/embed/N-POWER-TWO?rel=0&autoplay=0&start=42');

      const again = oneEvent(el, 'np-video-activate');
      el.start = undefined;
      el.src = 'https://youtu.be/N-POWER-333?t=5';
      expect((await again).detail.src).to.equal('https://www.youtube-nocookie.com/embed/N-POWER-333?rel=0&autoplay=0&start=5');

      sinon.stub(console, 'warn');
      el.src = undefined;
      el.provider = undefined;
      await el.updateComplete;
      expect(player(el)).to.equal(null);
      expect(part(el, 'invalid')).not.to.equal(null);
    });
  });

  describe('from what an editor writes: a link, and no attribute', () => {
    it('takes the video, its start time and its title from the link, and warns about nothing', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpConsentVideo>(html`<np-consent-video cmp="none"
        ><a href="https://youtu.be/N-POWER-EMR?t=42">N-POWER à Droixhe</a></np-consent-video
      >`);
      expect(text(el, 'title')).to.equal('N-POWER à Droixhe');
      expect(part(el, 'watch-link')!.getAttribute('href')).to.include('N-POWER-EMR');
      expect(warn.callCount).to.equal(0);
      playButton(el).click();
      await el.updateComplete;
      expect(player(el)!.src).to.equal('https://www.youtube-nocookie.com/embed/N-POWER-EMR?rel=0&autoplay=1&start=42');
      expect(player(el)!.title).to.equal('N-POWER à Droixhe');
    });

    it('reads Vimeo and Dailymotion links too, and names a pasted address no title', async () => {
      const vimeo = await fixture<NpConsentVideo>(html`<np-consent-video cmp="none"><a href="https://vimeo.com/76979871">Autour de l’étang</a></np-consent-video>`);
      expect([text(vimeo, 'title'), part(vimeo, 'watch-link')!.getAttribute('href')]).to.deep.equal(['Autour de l’étang', 'https://vimeo.com/76979871']);
      sinon.stub(console, 'warn');
      const pasted = await fixture<NpConsentVideo>(html`<np-consent-video cmp="none"
        ><a href="https://www.dailymotion.com/video/x8abcd1">https://www.dailymotion.com/video/x8abcd1</a></np-consent-video
      >`);
      expect(part(pasted, 'watch-link')!.getAttribute('href')).to.include('x8abcd1');
      expect(text(pasted, 'title')).to.not.include('https://');
    });

    it('follows the editor’s link when it changes, and attributes still win over it', async () => {
      const el = await fixture<NpConsentVideo>(html`<np-consent-video cmp="none"><a href="https://youtu.be/N-POWER-EMR">Première</a></np-consent-video>`);
      const link = el.querySelector('a')!;
      link.href = 'https://youtu.be/N-POWER-TWO';
      link.textContent = 'Deuxième';
      await waitUntil(() => text(el, 'title') === 'Deuxième', 'the changed link was not read');
      expect(part(el, 'watch-link')!.getAttribute('href')).to.include('N-POWER-TWO');
      el.setAttribute('src', 'https://vimeo.com/76979871');
      el.setAttribute('video-title', 'Par attribut');
      await el.updateComplete;
      expect([text(el, 'title'), part(el, 'watch-link')!.getAttribute('href')]).to.deep.equal(['Par attribut', 'https://vimeo.com/76979871']);
    });

    it('says so, with a way to the link, when the link is not a video it knows', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpConsentVideo>(html`<np-consent-video cmp="none"><a href="https://example.org/film">Le film</a></np-consent-video>`);
      expect(part(el, 'invalid')).to.not.equal(null);
      expect(shadow(el).querySelector('[part~="invalid"] a')!.getAttribute('href')).to.equal('https://example.org/film');
      expect(warn.firstCall.args[0]).to.match(/^<np-consent-video> link: /);
      expect(player(el)).to.equal(null);
    });
  });

  describe('heading-level', () => {
    for (const level of [2, 3, 4, 5, 6]) {
      it(`titles the placeholder with an h${level} for heading-level="${level}", at one size`, async () => {
        const warn = sinon.stub(console, 'warn');
        const h3 = part(await fixture<NpConsentVideo>(video()), 'title')!;
        const el = await fixture<NpConsentVideo>(html`<np-consent-video provider="youtube" video-id="N-POWER-EMR" video-title=${title}
          heading-level=${level} cmp="none"></np-consent-video>`);
        expect(el.headingLevel).to.equal(level);
        expect(part(el, 'title')!.localName).to.equal(`h${level}`);
        expect(text(el, 'title')).to.equal(title);
        expect(shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')).to.have.length(1);
        expect(getComputedStyle(part(el, 'title')!).fontSize).to.equal(getComputedStyle(h3).fontSize);
        expect(getComputedStyle(part(el, 'title')!).marginBlockStart).to.equal('0px');
        expect(warn.args).to.deep.equal([]);
      });
    }

    for (const written of ['1', '7', 'deux']) {
      it(`warns once about heading-level="${written}" and keeps the h3`, async () => {
        const warn = sinon.stub(console, 'warn');
        const el = await fixture<NpConsentVideo>(html`<np-consent-video provider="youtube" video-id="N-POWER-EMR" video-title=${title}
          heading-level=${written} cmp="none"></np-consent-video>`);
        expect(part(el, 'title')!.localName).to.equal('h3');
        document.documentElement.lang = 'nl';
        await nextFrame();
        await el.updateComplete;
        expect(part(el, 'title')!.localName).to.equal('h3');
        expect(warn.args.map(([message]) => String(message))).to.deep.equal([
          `<np-consent-video> heading-level: invalid "${written === 'deux' ? 'NaN' : written}", expected 2, 3, 4, 5, 6`,
        ]);
      });
    }

    it('follows the property, and leaves no heading behind once the player replaces the placeholder', async () => {
      const el = await fixture<NpConsentVideo>(html`<np-consent-video provider="youtube" video-id="N-POWER-EMR" video-title=${title}
        heading-level="2" cmp="none"></np-consent-video>`);
      el.headingLevel = 4;
      await el.updateComplete;
      expect(part(el, 'title')!.localName).to.equal('h4');
      el.removeAttribute('heading-level');
      await el.updateComplete;
      expect(part(el, 'title')!.localName).to.equal('h3');
      playButton(el).click();
      await waitUntil(() => player(el));
      expect(part(el, 'placeholder')!.hidden).to.equal(true);
      // Hidden content is out of the accessibility tree: a screen reader's heading list no longer offers it.
      expect(getComputedStyle(part(el, 'title')!).visibility).to.equal('hidden');
    });
  });

  describe('bad input', () => {
    async function invalid(markup: ReturnType<typeof html>, attribute: string) {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpConsentVideo>(markup);
      expect(player(el)).to.equal(null);
      expect(text(el, 'invalid')).to.include('Cette vidéo ne peut pas être affichée');
      expect(warn.args.some(([message]) => String(message).startsWith(`<np-consent-video> ${attribute}:`))).to.equal(true);
      return el;
    }

    it('an unknown provider', async () => {
      await invalid(html`<np-consent-video provider="tiktok" video-id="123" video-title="x"></np-consent-video>`, 'provider');
    });

    it('a provider named like a property every object has', async () => {
      await invalid(html`<np-consent-video provider="toString" video-id="123" video-title="x"></np-consent-video>`, 'provider');
    });

    it('a bad id', async () => {
      await invalid(html`<np-consent-video provider="youtube" video-id="../../evil" video-title="x"></np-consent-video>`, 'video-id');
    });

    it('a URL on another origin, offered as a plain link', async () => {
      const el = await invalid(
        html`<np-consent-video src="https://evil.example/embed/dQw4w9WgXcQ" video-title="x"></np-consent-video>`,
        'src',
      );
      const link = shadow(el).querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://evil.example/embed/dQw4w9WgXcQ');
      expect(link.textContent).to.equal('Ouvrir le lien');
    });

    it('a javascript: URL, with no link at all', async () => {
      const el = await invalid(html`<np-consent-video src="javascript:alert(1)" video-title="x"></np-consent-video>`, 'src');
      expect(shadow(el).querySelector('a')).to.equal(null);
    });

    for (const hosts of ['https://tube.example.org', 'tube.example.org/videos', 'user:pass@tube.example.org', '*.example.org', 'tube.example.org:99999']) {
      it(`a peertube-hosts entry that is not a host name: ${hosts}`, async () => {
        await invalid(
          html`<np-consent-video src="https://tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv" peertube-hosts="tube.example.org ${hosts}" video-title="x"></np-consent-video>`,
          'peertube-hosts',
        );
      });
    }

    it('a PeerTube host with its port, written explicitly', async () => {
      const el = await fixture<NpConsentVideo>(html`<np-consent-video
        src="https://tube.example.org:8443/w/kkGMgK9ZtnKfYAgnEtQxbv"
        peertube-hosts="tube.example.org:8443"
        video-title="x"
        consent="granted"
      ></np-consent-video>`);
      expect(player(el)!.src).to.equal('https://tube.example.org:8443/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv?p2p=0&warningTitle=0&autoplay=0');
    });

    it('a Vimeo private-link hash that is not hexadecimal, which could add player parameters', async () => {
      await invalid(html`<np-consent-video src="https://player.vimeo.com/video/76979871?h=abc%26dnt%3D0" video-title="x"></np-consent-video>`, 'src');
    });

    it('a PeerTube video without its host', async () => {
      await invalid(html`<np-consent-video provider="peertube" video-id="kkGMgK9ZtnKfYAgnEtQxbv" video-title="x"></np-consent-video>`, 'peertube-hosts');
    });

    it('a missing title warns and falls back to a localised one', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpConsentVideo>(html`<np-consent-video provider="dailymotion" video-id="x7tgad0"></np-consent-video>`);
      expect(text(el, 'title')).to.equal('Vidéo Dailymotion');
      expect(warn.firstCall.args[0]).to.equal('<np-consent-video> video-title: missing');
    });

    it('an invalid aspect-ratio keeps 16/9', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpConsentVideo>(html`<div style="width: 800px">
        <np-consent-video provider="youtube" video-id="N-POWER-EMR" video-title="x" aspect-ratio="wide"></np-consent-video>
      </div>`);
      const element = el.querySelector('np-consent-video')!;
      await element.updateComplete;
      expect(warn.firstCall.args[0]).to.include('aspect-ratio');
      expect(Math.round(part(element, 'stage')!.getBoundingClientRect().height)).to.equal(450);
      element.setAttribute('aspect-ratio', '4:3');
      await element.updateComplete;
      expect(Math.round(part(element, 'stage')!.getBoundingClientRect().height)).to.equal(600);
    });
  });

  describe('accessibility', () => {
    it('before consent', async () => {
      await assertAccessible(await fixture(video()));
    });

    it('with a poster and the "always allow" checkbox', async () => {
      const el = await fixture<NpConsentVideo>(video());
      el.poster = '/packages/consent-video/examples/poster.svg';
      el.showRemember = true;
      await el.updateComplete;
      await assertAccessible(el);
    });

    it('playing', async () => {
      const el = await fixture<NpConsentVideo>(video());
      playButton(el).click();
      await el.updateComplete;
      await assertAccessible(el);
    });

    it('with heading-level', async () => {
      await assertAccessible(await fixture(html`<np-consent-video provider="youtube" video-id="N-POWER-EMR" video-title=${title} heading-level="2"
          cmp="none"></np-consent-video>`),);
    });

    it('with an invalid video', async () => {
      sinon.stub(console, 'warn');
      await assertAccessible(await fixture(html`<np-consent-video provider="x" video-title="x"></np-consent-video>`));
    });
  });
});

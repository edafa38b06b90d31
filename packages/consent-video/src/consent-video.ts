import { heading, headingLevels, LightDomController, NpElement, safeUrl } from '@npower/core';
import { openPreferences, request, revoke, state, subscribe, type ConsentState } from '@npower/consent';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { consentVideoMessages } from './consent-video.messages.js';
import { consentVideoStyles } from './consent-video.styles.js';
import { keepFocus } from './keep-focus.js';
import {
  isHostName,
  isProvider,
  isValidId,
  parseVideoUrl,
  playerUrl,
  providerNames,
  providerPosterUrl,
  watchUrl,
  type Provider,
  type VideoRef,
} from './providers.js';
import { version } from './version.js';

/** Detail of `np-consent-request`. */
export interface ConsentRequestDetail {
  service: string;
  provider: Provider;
  videoId: string;
  /** The visitor ticked "always allow". */
  remember: boolean;
}

/** Detail of `np-video-activate`. */
export interface VideoActivateDetail {
  provider: Provider;
  videoId: string;
  /** The player URL the iframe loads. */
  src: string;
}

/** The title's level before `heading-level` existed (then an ARIA heading, level 3). */
const defaultLevel = 3;

const ratioPattern = /^\s*\d+(?:\.\d+)?\s*(?:[/:]\s*\d+(?:\.\d+)?\s*)?$/;

/**
 * A video from YouTube, Vimeo, Dailymotion or PeerTube that sends nothing to the provider
 * before the visitor consents: a placeholder (the site's poster, the title, a notice, an
 * accept button, the cookie preferences and a plain link), then the provider's
 * privacy-enhanced player in the same box. Consent comes from the page's consent manager
 * through `@npower/consent`.
 *
 * A click on one placeholder gives consent for the service on the whole page and plays that
 * video; the other videos of the service say so and play with one click (or at once, with
 * `autoload`). After a click, a control under the player stops it and withdraws the consent.
 *
 * @summary Video embed that waits for cookie consent, then loads the privacy-enhanced player.
 * @tagname np-consent-video
 *
 * @slot - Plain HTML shown before and without JavaScript, typically a link to the video on
 * the provider's site. Without `src`, `provider` and `video-id`, the first link is the video (any
 * watch, share, short or embed address, with its start time) and its text the title, as an editor
 * writes it. It is not projected once the widget runs.
 *
 * @csspart stage - The box holding placeholder and player, sized by `aspect-ratio`.
 * @csspart poster - The poster image.
 * @csspart placeholder - What shows before consent.
 * @csspart title - The video title on the placeholder: an `<h3>`, or the level `heading-level` gives.
 * @csspart notice - The cookie notice.
 * @csspart detail - Who hosts the video and what playing it sends.
 * @csspart play-button - "Accept and play the video".
 * @csspart remember - The "always allow" checkbox.
 * @csspart preferences-button - Opens the cookie preferences.
 * @csspart watch-link - The plain link to the provider's page.
 * @csspart player - The player iframe.
 * @csspart invalid - The message shown when the video cannot be identified.
 * @csspart withdraw-button - Under the player, after a click on a placeholder: stops the video and withdraws consent.
 *
 * @cssprop [--np-video-placeholder-background=#1f2a37] - Placeholder background, under the poster.
 * @cssprop [--np-video-placeholder-color=#fff] - Placeholder text colour.
 * @cssprop [--np-video-button-background=var(--np-accent-text, #fff)] - Background of the accept button.
 * @cssprop [--np-video-button-color=var(--np-accent, #1f2a37)] - Text colour of the accept button.
 * @cssprop [--np-video-radius=var(--np-radius, 0)] - Corner radius of the box.
 * @cssprop [--np-video-padding=1em] - Placeholder padding.
 *
 * @fires {CustomEvent<ConsentRequestDetail>} np-consent-request - The visitor pressed the accept
 * button. Cancelable: a site that runs its own consent flow calls `preventDefault()`.
 * @fires {CustomEvent<VideoActivateDetail>} np-video-activate - The player iframe was inserted.
 */
export class NpConsentVideo extends NpElement {
  /** This package's version, compared when the tag is registered twice. */
  static override readonly version: string = version;

  static override styles = [...NpElement.styles, consentVideoStyles];

  static override properties: PropertyDeclarations = {
    provider: {},
    videoId: { attribute: 'video-id' },
    src: {},
    peertubeHosts: { attribute: 'peertube-hosts' },
    videoTitle: { attribute: 'video-title' },
    headingLevel: { attribute: 'heading-level', type: Number },
    poster: {},
    providerPoster: { attribute: 'provider-poster', type: Boolean },
    start: { type: Number },
    aspectRatio: { attribute: 'aspect-ratio' },
    service: {},
    category: {},
    vendor: {},
    cmp: {},
    consent: {},
    showRemember: { attribute: 'show-remember', type: Boolean },
    autoload: { type: Boolean },
    notice: {},
    buttonLabel: { attribute: 'button-label' },
  };

  /** `youtube`, `vimeo`, `dailymotion` or `peertube`, with `video-id`. */
  provider?: string;

  /** The video's id at the provider, with `provider`. */
  videoId?: string;

  /** Any usual watch, share, short or embed URL, from which provider and id are read. */
  src?: string;

  /** Space-separated PeerTube hosts whose URLs `src` may hold, for example `tube.example.org`. */
  peertubeHosts?: string;

  /** The video's title (required): placeholder heading, accept button's name and player title. */
  videoTitle?: string;

  /**
   * Level of the placeholder's title heading, 2 to 6; default 3. The player replaces the
   * placeholder, heading included, once the visitor consents; a message about an unknown video has no heading.
   */
  headingLevel = defaultLevel;

  /** An image the site hosts, shown on the placeholder. */
  poster?: string;

  /** Shows the provider's own thumbnail (YouTube, Dailymotion): a request to the provider before consent. */
  providerPoster = false;

  /** Start time in seconds. */
  start?: number;

  /** Box proportions, `16/9` by default; the same before and after consent. */
  aspectRatio?: string;

  /** Consent service name; default the provider. */
  service?: string;

  /** Consent category in the consent manager; default `marketing`. */
  category?: string;

  /** Vendor id in the consent manager (IAB TCF vendor number, Didomi vendor id). */
  vendor?: string;

  /** Consent manager adapter to use (`tcf`, `cookiebot`, `onetrust`, `didomi`, `klaro`, `tarteaucitron`, `cookieconsent`, `orejime` or `none`); default detected. */
  cmp?: string;

  /** `granted` or `denied`, set by a site's own banner; wins over everything else. */
  consent?: string;

  /**
   * Offers an "always allow" checkbox on the placeholder, kept in this browser's localStorage.
   * Shown only when the page has no consent manager: with one, the manager is the one place
   * where a choice is remembered.
   */
  showRemember = false;

  /**
   * Loads the player as soon as consent for the service is given by a click on another video
   * of the page; without it, this video says consent was given and plays with one click.
   */
  autoload = false;

  /** Replaces the cookie notice. */
  notice?: string;

  /** Replaces the accept button's text. */
  buttonLabel?: string;

  #video?: VideoRef;
  #consent: ConsentState = { decision: 'unknown', preferences: false };
  #playerSrc?: string;
  /** The visitor pressed this video's button: it plays once consent is there. */
  #started = false;
  #activatedByButton = false;
  /** Withdrawn from the control under the player: focus goes back to the placeholder once it shows. */
  #withdrawing = false;
  #stopKeepingFocus?: () => void;
  #unsubscribe?: () => void;
  #subscribedTo = '';
  /** The player URL last rendered, to announce each activation once. */
  #shownSrc?: string;
  /** The first link the editor wrote inside the element: the video when no attribute names one. */
  #writtenLink?: { href: string; text: string };
  // A flag, not \`requestUpdate('writtenLink', old)\`: Lit compares \`this[name]\` with the old value,
  // and a private field is no \`this[name]\`, so the change would never be seen.
  #writtenLinkChanged = false;

  constructor() {
    super();
    new LightDomController(this, () => this.#readWrittenLink());
  }

  #readWrittenLink(): void {
    const anchor = this.querySelector<HTMLAnchorElement>('a[href]');
    const link = anchor ? { href: anchor.getAttribute('href')!.trim(), text: anchor.textContent!.replace(/\s+/g, ' ').trim() } : undefined;
    if (link?.href === this.#writtenLink?.href && link?.text === this.#writtenLink?.text) return;
    this.#writtenLink = link;
    this.#writtenLinkChanged = true;
    this.requestUpdate();
  }

  /** The link's text as a title, unless it is only the address an editor pasted. */
  get #linkTitle(): string | undefined {
    const text = this.#writtenLink?.text;
    return text && !/^(https?:\/\/|www\.)/i.test(text) ? text : undefined;
  }

  /** No attribute names the video: the editor's link does. */
  get #fromContent(): boolean {
    return !this.src && !this.provider && !this.videoId && !!this.#writtenLink;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: the consent subscription dropped on disconnect is renewed by an update.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribedTo = '';
    this.#stopKeepingFocus?.();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // null: the attribute was removed, which brings the default back.
    if (changed.has('headingLevel')) this.acceptOneOf('heading-level', this.headingLevel, headingLevels);
    if (this.#writtenLinkChanged || ['provider', 'videoId', 'src', 'peertubeHosts', 'start'].some((name) => changed.has(name))) {
      this.#writtenLinkChanged = false;
      this.#video = this.#identifyVideo();
      // Another video, or none: the previous player goes, and a new one is announced.
      this.#playerSrc = undefined;
    }
    if ((changed.has('videoTitle') || !this.hasUpdated) && !this.videoTitle?.trim() && !(this.#fromContent && this.#linkTitle)) {
      this.warn('video-title', 'missing');
    }
    if (changed.has('aspectRatio')) this.#applyAspectRatio();
    this.#subscribeToConsent();
    if (!this.#granted) this.#started = false;
    // A click on another video of the page gave consent: this one waits for its own button.
    const load = this.#granted && (this.#started || this.autoload || this.consent === 'granted' || this.#consent.source !== 'click');
    if (!load || !this.#video) this.#playerSrc = undefined;
    else this.#playerSrc ??= playerUrl(this.#video, this.#activatedByButton);
  }

  get #granted(): boolean {
    return this.consent === 'granted' || (this.consent !== 'denied' && this.#consent.decision === 'granted');
  }

  protected override updated(): void {
    // Focus would otherwise be lost with the button: back to where the visitor started.
    if (this.#withdrawing && !this.#playerSrc) {
      this.#withdrawing = false;
      const button = this.renderRoot.querySelector<HTMLElement>('[part="play-button"]');
      this.#stopKeepingFocus?.();
      if (button) this.#stopKeepingFocus = keepFocus(button);
    }
    // The placeholder is hidden under a player: nothing there to keep focus on.
    if (this.#playerSrc) this.#stopKeepingFocus?.();
    if (this.#shownSrc === this.#playerSrc) return;
    this.#shownSrc = this.#playerSrc;
    if (!this.#playerSrc || !this.#video) return;
    const player = this.renderRoot.querySelector('iframe');
    if (this.#activatedByButton) player?.focus();
    this.#activatedByButton = false;
    this.dispatchEvent(
      new CustomEvent<VideoActivateDetail>('np-video-activate', {
        bubbles: true,
        composed: true,
        detail: { provider: this.#video.provider, videoId: this.#video.id, src: this.#playerSrc },
      }),
    );
  }

  get #serviceName(): string {
    return this.service?.trim() || this.#video?.provider || this.provider || 'video';
  }

  get #consentOptions() {
    return { category: this.category || 'marketing', vendor: this.vendor, cmp: this.cmp };
  }

  #subscribeToConsent(): void {
    const key = JSON.stringify([this.#serviceName, this.#consentOptions]);
    if (!this.isConnected || key === this.#subscribedTo) return;
    this.#unsubscribe?.();
    this.#subscribedTo = key;
    this.#unsubscribe = subscribe(
      this.#serviceName,
      () => {
        this.#consent = state(this.#serviceName, this.#consentOptions);
        this.requestUpdate();
      },
      this.#consentOptions,
    );
    // Later changes arrive through the callback.
    this.#consent = state(this.#serviceName, this.#consentOptions);
  }

  #identifyVideo(): VideoRef | undefined {
    const hosts = (this.peertubeHosts ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const badHost = hosts.find((host) => !isHostName(host));
    let video: VideoRef | undefined;
    if (badHost) {
      this.warnInvalid('peertube-hosts', badHost, 'host names such as tube.example.org');
    } else if (this.src) {
      video = parseVideoUrl(this.src, hosts);
      if (!video) this.warnInvalid('src', this.src, 'a YouTube, Vimeo, Dailymotion or PeerTube video address');
    } else if (this.#fromContent) {
      video = parseVideoUrl(this.#writtenLink!.href, hosts);
      if (!video) this.warnInvalid('link', this.#writtenLink!.href, 'a link to a YouTube, Vimeo, Dailymotion or PeerTube video');
    } else if (!isProvider(this.provider)) {
      this.warnInvalid('provider', this.provider ?? '', Object.keys(providerNames).join(', '));
    } else if (!isValidId(this.provider, this.videoId ?? '')) {
      this.warnInvalid('video-id', this.videoId ?? '');
    } else if (this.provider === 'peertube' && !hosts[0]) {
      this.warn('peertube-hosts', 'missing');
    } else {
      video = { provider: this.provider, id: this.videoId!, ...(hosts[0] ? { host: hosts[0] } : {}) };
    }
    if (video && Number.isFinite(this.start) && this.start! > 0) video.start = Math.floor(this.start!);
    return video;
  }

  #applyAspectRatio(): void {
    const ratio = this.aspectRatio?.trim();
    const valid = !!ratio && ratioPattern.test(ratio);
    if (ratio && !valid) this.warnInvalid('aspect-ratio', ratio, 'width:height, for example 16:9');
    // CSSOM, not a style attribute, so that a Content-Security-Policy without 'unsafe-inline' allows it.
    if (valid) this.style.setProperty('--_ratio', ratio.replace(':', '/'));
    else this.style.removeProperty('--_ratio');
  }

  #accept(): void {
    if (this.#granted) {
      this.#activatedByButton = this.#started = true;
      this.requestUpdate();
      return;
    }
    const video = this.#video!;
    const remember = !!this.renderRoot.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked;
    const detail: ConsentRequestDetail = { service: this.#serviceName, provider: video.provider, videoId: video.id, remember };
    const proceed = this.dispatchEvent(
      new CustomEvent('np-consent-request', { bubbles: true, composed: true, cancelable: true, detail }),
    );
    if (!proceed) return;
    this.#activatedByButton = this.#started = true;
    request(this.#serviceName, { ...this.#consentOptions, remember });
  }

  #withdraw(event: Event): void {
    // Focus leaves the player first (Safari does not focus a clicked button): Chrome clears the
    // focus of a removed frame late, after the placeholder has taken it.
    (event.target as HTMLElement).focus();
    this.#withdrawing = true;
    // Some managers answer a task later: the player goes when they have.
    revoke(this.#serviceName, this.#consentOptions);
  }

  protected override render(): TemplateResult {
    const messages = this.locale.messages(consentVideoMessages);
    const video = this.#video;
    if (!video) {
      const written = this.src ?? (this.#fromContent ? this.#writtenLink!.href : undefined);
      const link = written && /^https?:/i.test(written.trim()) ? safeUrl(written) : undefined;
      // A note for the editor, not an alert: a live region would interrupt every visitor at page load.
      return html`<div class="stage invalid" part="stage invalid" lang=${ifDefined(this.locale.ownLang)}>
        <p>${messages.invalid}</p>
        ${link ? html`<a href=${link}>${messages.openLink}</a>` : nothing}
      </div>`;
    }
    const name = providerNames[video.provider];
    const writtenTitle = this.videoTitle?.trim() || (this.#fromContent ? this.#linkTitle : undefined);
    const title = writtenTitle || messages.untitled(name);
    // Names that join the widget's words and the title are marked in the widget's language.
    const titleLang = this.locale.langOf(writtenTitle);
    // The accessible name starts with the visible text, and says which video.
    const writtenLabel = this.buttonLabel?.trim();
    const label = writtenLabel || messages.play;
    const writtenNotice = this.notice?.trim();
    const poster = safeUrl(this.poster) ?? (this.providerPoster ? providerPosterUrl(video) : undefined);
    // Consent was given by a click on another video of the page: one click plays this one. Under
    // a player the placeholder keeps its text, which holds the box's size.
    const given = this.#granted && !this.#playerSrc;
    const action = given ? messages.playGiven : label;
    const { source, manager, preferences } = this.#consent;
    const withdrawable = !!this.#playerSrc && this.consent !== 'granted' && (source === 'click' || source === 'remembered');
    return html`<div class="stage" part="stage" lang=${ifDefined(this.locale.ownLang)}>
      ${poster ? html`<img part="poster" src=${poster} alt="" />` : nothing}
      <div class="placeholder" part="placeholder" role="group" aria-label=${title} lang=${ifDefined(titleLang)} ?hidden=${!!this.#playerSrc}>
        ${heading(this.headingLevel, title, 'title', defaultLevel)}
        <p part="notice" lang=${ifDefined(this.locale.langOf(!given && writtenNotice))}>${given ? messages.given(name) : writtenNotice || messages.notice}</p>
        <p part="detail" lang=${ifDefined(this.locale.ownLang)}>${messages.detail(name)}</p>
        <div class="actions" lang=${ifDefined(this.locale.ownLang)}>
          <button
            part="play-button"
            type="button"
            aria-label=${`${action} : ${title}`}
            lang=${ifDefined(this.locale.langOf(!given && writtenLabel))}
            @click=${this.#accept}
          >${action}</button>
          ${this.showRemember && !given && !manager
            ? html`<label><input part="remember" type="checkbox" /> ${messages.remember(name)}</label>`
            : nothing}
          ${preferences
            ? html`<button
                part="preferences-button"
                type="button"
                @click=${() => openPreferences(this.#serviceName, this.#consentOptions)}
              >
                ${messages.preferences}
              </button>`
            : nothing}
          <a part="watch-link" href=${watchUrl(video)}>${messages.watch(name)}</a>
        </div>
      </div>
      ${this.#playerSrc
        ? html`<iframe
            part="player"
            src=${this.#playerSrc}
            title=${title}
            lang=${ifDefined(titleLang)}
            allow="autoplay; fullscreen; picture-in-picture"
            referrerpolicy="strict-origin"
          ></iframe>`
        : nothing}
    </div>
    ${withdrawable
      ? html`<button part="withdraw-button" type="button" lang=${ifDefined(this.locale.ownLang)} @click=${this.#withdraw}>${messages.withdraw}</button>`
      : nothing}`;
  }
}

declare global {
  // With the class, so that the main entry types `document.querySelector('np-…')` too.
  interface HTMLElementTagNameMap {
    'np-consent-video': NpConsentVideo;
  }
  interface GlobalEventHandlersEventMap {
    'np-consent-request': CustomEvent<ConsentRequestDetail>;
    'np-video-activate': CustomEvent<VideoActivateDetail>;
  }
}

import type { NpConsentVideo } from '@npower/consent-video';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { request } from '@npower/consent';
import '@npower/consent-video/define.js';
import { widgetHelpers, type StyleArgs } from '../.storybook/arg-types.js';

const { args, template } = widgetHelpers<NpConsentVideo>('np-consent-video');

interface Args extends StyleArgs {
  provider?: string;
  'video-id'?: string;
  src?: string;
  'video-title'?: string;
  poster?: string;
  'show-remember'?: boolean;
  consent?: string;
  notice?: string;
  'button-label'?: string;
  'aspect-ratio'?: string;
  service?: string;
  cmp?: string;
}

// Each story asks under a service name of its own, so that accepting in one story does not
// play the others; `cmp="none"` because Storybook has no consent manager.
const video = (args: Args, id: string) => template({ ...args, service: `story-${id}`, cmp: 'none' });

const meta: Meta<Args> = {
  title: 'Widgets/Consent video',
  component: 'np-consent-video',
  args: {
    ...args,
    src: 'https://www.youtube.com/watch?v=N-POWER-EMR',
    'video-title': 'Projet Interreg EMR N-POWER : processus, résultats et perspectives',
  },
  // Set by the stories, as explained above.
  argTypes: { service: { control: false }, cmp: { control: false } },
  render: (args, { id }) => video(args, id),
  parameters: {
    docs: {
      description: {
        component:
          'A YouTube, Vimeo, Dailymotion or PeerTube video that sends nothing to the provider before the visitor consents: a placeholder first, then the privacy-enhanced player in the same box. See "Guides/Consent integration" for each consent manager. The video id `N-POWER-EMR` stands in for the seed page’s video, whose id the seed text does not give.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The seed page's video before consent: no request to YouTube. */
export const YouTube: Story = {};

/** With an image the site hosts. */
export const WithPoster: Story = { args: { poster: 'examples/consent-video/poster.svg' } };

/** With the "always allow" checkbox, kept in localStorage when the page has no consent manager. */
export const WithAlwaysAllow: Story = { args: { 'show-remember': true } };

/** After consent: the privacy-enhanced player (youtube-nocookie.com), same box. */
export const Playing: Story = { args: { consent: 'granted' } };

/** After a click on the placeholder: the player, and under it the control that stops it and withdraws consent. */
export const AfterAClick: Story = {
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('np-consent-video');
    const element = canvasElement.querySelector('np-consent-video')!;
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="play-button"]')!.click();
  },
};

/** Another video of the service, once a click on one gave consent for the page: one click plays it. */
export const ConsentGivenOnThePage: Story = {
  render: (args, { id }) => {
    request(`story-${id}`, { cmp: 'none' });
    return video(args, id);
  },
};

export const Vimeo: Story = { args: { src: 'https://vimeo.com/76979871', 'video-title': 'Autour de l’étang' } };

export const Dailymotion: Story = { args: { src: 'https://dai.ly/x7tgad0', 'video-title': 'J’écris dans la ville' } };

/** PeerTube instances must be listed in `peertube-hosts`. */
export const PeerTube: Story = {
  render: (_args, { id }) => html`<np-consent-video
    src="https://tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv"
    peertube-hosts="tube.example.org"
    video-title="Pack formation empowerment"
    service=${`story-${id}`}
    cmp="none"
  ></np-consent-video>`,
};

/** Square video, texts from attributes. */
export const CustomTexts: Story = {
  args: {
    'aspect-ratio': '1/1',
    notice: 'Cette vidéo est hébergée par YouTube. En la lisant, vous acceptez ses cookies.',
    'button-label': 'Lire la vidéo',
  },
};

/** Every language side by side: each widget follows its closest `lang`. */
export const AllLanguages: Story = {
  render: (_args, { id }) => html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem">
    ${['fr', 'nl', 'de', 'en'].map(
      (lang) => html`<div lang=${lang}>
        <np-consent-video
          src="https://www.youtube.com/watch?v=N-POWER-EMR"
          video-title="N-POWER"
          service=${`story-${id}`}
          show-remember
          cmp="none"
        ></np-consent-video>
      </div>`,
    )}
  </div>`,
};

/** A city theme through custom properties and `::part`. */
export const Themed: Story = {
  render: (_args, { id }) => html`<style>
      .city-theme np-consent-video {
        --np-video-placeholder-background: #00507a;
        --np-video-button-background: #ffd200;
        --np-video-button-color: #1a1a1a;
        --np-video-radius: 0.75rem;
        font-family: Georgia, serif;
      }
      .city-theme np-consent-video::part(title) {
        font-size: 1.5em;
      }
    </style>
    <div class="city-theme">
      <np-consent-video src="https://vimeo.com/76979871" video-title="Autour de l’étang" service=${`story-${id}`} cmp="none"></np-consent-video>
    </div>`,
};

/** Bad input: an unknown provider shows a message (and a console warning names the attribute). */
export const UnknownProvider: Story = { args: { src: undefined, provider: 'tiktok', 'video-id': '123' } };

/** Bad input: a URL on another origin is never embedded; a plain link is offered. */
export const OtherOrigin: Story = { args: { src: 'https://evil.example/embed/N-POWER-EMR' } };

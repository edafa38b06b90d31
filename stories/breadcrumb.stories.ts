import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@npower/breadcrumb/define.js';
import type { BreadcrumbItem, NpBreadcrumb } from '@npower/breadcrumb';
import { widgetHelpers, type StyleArgs } from '../.storybook/arg-types.js';

const { args, template } = widgetHelpers<NpBreadcrumb>('np-breadcrumb');

/** The trail of the N-POWER project page on liege.be, as the CMS prints it. */
const seed = html`
  <a href="/">Accueil</a>
  <a href="/vie-communale">Vie Communale</a>
  <a href="/vie-communale/services-communaux">Services communaux</a>
  <a href="/vie-communale/services-communaux/quartiers">Quartiers</a>
  <a href="/vie-communale/services-communaux/quartiers/bressoux-droixhe">Bressoux-Droixhe</a>
  <span>Projet Interreg EMR N-POWER</span>
`;

interface Args extends StyleArgs {
  label?: string;
  'hide-label'?: boolean;
  'max-items'?: number;
  'expand-label'?: string;
  'structured-data'?: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Breadcrumb',
  component: 'np-breadcrumb',
  args,
  render: (args) => template(args, seed),
  parameters: {
    docs: {
      description: {
        component:
          'Enhances the breadcrumb links a CMS already prints. Before the script runs (or without it) visitors and crawlers get the plain links; after, a labelled `<nav>` with an ordered list and the current page marked. Use the toolbar to switch the page language and direction.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The seed page's trail: flat links and a final `<span>`. */
export const Default: Story = {};

/** Long trails keep the first and the last items; the middle ones wait behind a button. */
export const Collapsed: Story = { args: { 'max-items': 3 } };

/** After the button: every item shows and focus moves to the first revealed link. */
export const Expanded: Story = {
  args: { 'max-items': 3 },
  play: async ({ canvasElement }) => {
    const breadcrumb = canvasElement.querySelector('np-breadcrumb')!;
    await breadcrumb.updateComplete;
    breadcrumb.shadowRoot!.querySelector('button')!.click();
  },
};

/** The landmark keeps its name for screen readers; the visible prefix goes. */
export const WithoutVisibleLabel: Story = { args: { 'hide-label': true } };

/** `label` overrides the localised prefix and landmark name. */
export const CustomLabel: Story = { args: { label: 'Fil d’Ariane' } };

/** The markup Plone, Drupal, WordPress and TYPO3 themes print: a list of links. */
export const FromCmsList: Story = {
  render: () => html`<np-breadcrumb>
    <ol>
      <li><a href="/">Accueil</a></li>
      <li><a href="/vie-communale">Vie Communale</a></li>
      <li><span>Projet Interreg EMR N-POWER</span></li>
    </ol>
  </np-breadcrumb>`,
};

const items: BreadcrumbItem[] = [
  { label: 'Stad Genk', href: 'https://www.genk.be/', lang: 'nl' },
  { label: 'Wonen', href: 'https://www.genk.be/wonen', lang: 'nl' },
  { label: 'N-POWER' },
];

/** From data: the `items` property, with a per-item `lang`. */
export const FromItemsProperty: Story = {
  render: () => html`<np-breadcrumb .items=${items}></np-breadcrumb>`,
};

/** Every language side by side: each widget follows its closest `lang`. */
export const AllLanguages: Story = {
  render: () => html`${['fr', 'nl', 'de', 'en'].map(
    (lang) => html`<div lang=${lang} style="margin-block-end: 1em">
      <np-breadcrumb max-items="4">${seed}</np-breadcrumb>
    </div>`,
  )}`,
};

/** A city theme through custom properties and `::part`. */
export const Themed: Story = {
  render: () => html`<style>
      /* Colours chosen for a light page keep their own light page, whatever the theme around them. */
      .city-theme {
        background: #fff;
        color: #1a1a1a;
        padding: 0.5em;
      }
      .city-theme np-breadcrumb {
        --np-breadcrumb-separator: '›';
        --np-breadcrumb-separator-color: #6b6b6b;
        --np-breadcrumb-current-font-weight: 700;
        --np-link-color: #00507a;
        font-family: Georgia, serif;
      }
      .city-theme np-breadcrumb::part(label) {
        font-style: italic;
      }
    </style>
    <div class="city-theme"><np-breadcrumb>${seed}</np-breadcrumb></div>`,
};

/** Right-to-left pages mirror the trail and its separators. */
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl"><np-breadcrumb>${seed}</np-breadcrumb></div>`,
};

/** An unsafe `javascript:` link renders as text (and a console warning names `href`). */
export const UnsafeLink: Story = {
  render: () => html`<np-breadcrumb>
    <a href="/">Accueil</a>
    <a href="javascript:alert('boom')">Lien piégé</a>
    <span>Projet Interreg EMR N-POWER</span>
  </np-breadcrumb>`,
};

/** With `structured-data`, a schema.org BreadcrumbList is written into the light DOM for search engines. */
export const WithStructuredData: Story = { args: { 'structured-data': true } };

/** No items: nothing renders, nothing throws. */
export const Empty: Story = {
  render: () => html`<np-breadcrumb .items=${[] as NpBreadcrumb['items']}></np-breadcrumb>`,
};

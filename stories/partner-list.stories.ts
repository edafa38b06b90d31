import type { NpPartnerList, Partner } from '@npower/partner-list';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@npower/partner-list/define.js';
import seedPartners from '../packages/partner-list/examples/n-power-partners.json';
import { widgetHelpers, type StyleArgs } from '../.storybook/arg-types.js';

const partners = seedPartners as Partner[];

const { args, template } = widgetHelpers<NpPartnerList>('np-partner-list');

interface Args extends StyleArgs {
  'group-by'?: string;
  sort?: NpPartnerList['sort'];
  layout?: NpPartnerList['layout'];
  filter?: boolean;
  'heading-level'?: number;
  partners?: Partner[];
}

const meta: Meta<Args> = {
  title: 'Widgets/Partner list',
  component: 'np-partner-list',
  // The seed partnership as the `partners` property: its control edits the data.
  args: { ...args, partners },
  argTypes: {
    'group-by': { control: 'select', options: ['role', 'country', 'none'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args) => template(args),
  parameters: {
    docs: {
      description: {
        component: `The N-POWER partnership as a reader can take it in: who coordinates, who runs the pilots, who brings research, with each name as text, the country in the page's language and a link to the partner's site.

### JSON shape

Paste the data into the widget as a \`<script type="application/json">\` (inert without JavaScript), and keep a plain list of links after it for visitors without scripts:

\`\`\`html
<np-partner-list filter>
  <script type="application/json">
    [
      {
        "name": { "fr": "Ville de Liège", "nl": "Stad Luik", "de": "Stadt Lüttich", "en": "City of Liège" },
        "shortName": "Liège",
        "url": "https://www.liege.be",
        "logo": { "src": "/logos/liege.svg", "alt": "", "width": 160, "height": 48 },
        "country": "BE",
        "city": "Liège",
        "role": "partner",
        "type": "city",
        "description": "Pilot projects in Droixhe."
      }
    ]
  </script>
  <ul>
    <li><a href="https://www.liege.be">Ville de Liège</a></li>
  </ul>
</np-partner-list>
\`\`\`

| Field | Required | Meaning |
| --- | --- | --- |
| \`name\` | yes | A string, or \`{fr, nl, de, en}\`: the page's language is shown, else English, else the first given (marked with its \`lang\`). A partner without a name is skipped with a warning. |
| \`shortName\` | no | Acronym shown after the name: "Local Environment Management and Analysis (LEMA)". |
| \`url\` | no | The partner's site; \`javascript:\` and other unsafe URLs are dropped. |
| \`logo\` | no | \`{src, alt?, width, height}\`: loaded lazily with its size reserved; \`alt\` defaults to empty, as the name is always written next to it. A logo that fails to load leaves the name. |
| \`country\` | no | ISO 3166-1 alpha-2 (\`BE\`, \`NL\`, \`DE\`), shown as the country's name in the page's language. |
| \`city\` | no | Shown with the country. |
| \`role\` | no | \`coordinator\`, \`partner\`, \`academic\`, \`associated\` (localised group headings, in that order), or any other text, shown as written. |
| \`type\` | no | \`city\`, \`university\`, \`agency\`, \`ngo\` or \`other\`: the type filter, and the schema.org type in the structured data. |
| \`description\` | no | A string or \`{fr, nl, de, en}\`. |

Without JSON, the plain \`<ul>\` is read: each \`<li>\` with its link, an optional \`<img>\` as the logo, and \`data-role\`, \`data-country\`, \`data-type\`, \`data-city\`. The \`partners\` property takes the same objects as the JSON.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The seed partnership, grouped by role; switch the language in the toolbar. */
export const Seed: Story = {};

export const Grid: Story = { args: { layout: 'grid' } };

/** Filters by country and by type; the count is announced politely after each change. */
export const Filtering: Story = { args: { filter: true, layout: 'grid' } };

export const ByCountry: Story = { args: { 'group-by': 'country' } };

/** One list in the order of the data. */
export const Ungrouped: Story = { args: { 'group-by': 'none', sort: 'none' } };

/** The same partnership in every language, side by side: headings, country names and partner names follow the page. */
export const AllLanguages: Story = {
  render: () => html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 2rem">
    ${['fr', 'nl', 'de', 'en'].map(
      (lang) => html`<div lang=${lang}>
        <np-partner-list group-by="country" .partners=${partners}></np-partner-list>
      </div>`,
    )}
  </div>`,
};

/** The plain list a CMS prints, read as the data when there is no JSON. */
export const FromList: Story = {
  render: () => html`<np-partner-list group-by="country">
    <ul>
      <li data-role="partner" data-country="BE" data-type="city" data-city="Genk"><a href="https://www.genk.be">Stad Genk</a></li>
      <li data-role="partner" data-country="NL" data-type="city" data-city="Heerlen"><a href="https://www.heerlen.nl">Gemeente Heerlen</a></li>
      <li data-role="academic" data-country="NL" data-type="university"><a href="https://www.zuyd.nl">Zuyd Hogeschool</a></li>
    </ul>
  </np-partner-list>`,
};

/** JSON that cannot be read: a localised message, and the plain list stays. */
export const UnreadableJson: Story = {
  render: () => html`<np-partner-list>
    <script type="application/json">
      [{ "name": "Ville de Liège", }]
    </script>
    <ul>
      <li><a href="https://www.liege.be">Ville de Liège</a></li>
      <li><a href="https://www.seraing.be">Ville de Seraing</a></li>
    </ul>
  </np-partner-list>`,
};

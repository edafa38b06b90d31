import type { NpFundingBreakdown } from '@npower/funding-breakdown';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@npower/funding-breakdown/define.js';
import { widgetHelpers, type StyleArgs } from '../.storybook/arg-types.js';

const { args, template } = widgetHelpers<NpFundingBreakdown>('np-funding-breakdown');

/** The seed page's budget, as the CMS prints it. */
const seedList = html`<ul>
  <li>FEDER 50%</li>
  <li>Région wallonne 40%</li>
  <li>Ville de Liège 10%</li>
</ul>`;

interface Args extends StyleArgs {
  total?: string;
  currency?: string;
  label?: string;
  'format-locale'?: string;
  chart?: NpFundingBreakdown['chart'];
  start?: string;
  end?: string;
  'eu-emblem'?: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Funding breakdown',
  component: 'np-funding-breakdown',
  args: { ...args, total: '539349.58', currency: 'EUR', start: '2018-06', end: '2021-12-31', 'eu-emblem': true },
  argTypes: { chart: { control: 'select', options: ['bar', 'donut', 'none'] } },
  render: (args) => template(args, seedList),
  parameters: {
    docs: {
      description: {
        component: `Who pays for an EU-funded project, exact to the cent: amounts are worked out in whole cents with the largest remainder method, so the parts always add up to the total.

### Input forms

- **The list the CMS already prints** (readable without JavaScript), each item "label share %" or "label amount", numbers as written in the page's language (\`50 %\`, \`50,5%\`, \`269.674,79 €\`, \`€ 269.674,79\`):
  \`<np-funding-breakdown total="539349.58" currency="EUR"><ul><li>FEDER 50%</li>…</ul></np-funding-breakdown>\`
- **A table** of label | share or amount; a header row is skipped.
- **Data**: the \`sources\` property or a JSON \`sources\` attribute, \`[{"label": "FEDER", "share": 50, "fund": "erdf"}, {"label": "Ville de Liège", "amount": 53934.96}]\`.

A source whose label is an EU fund acronym in any language (FEDER, EFRO, EFRE, ERDF, FSE+, ESF+…), or that has \`fund\` (\`erdf\`, \`esf-plus\`, \`jtf\`, \`cohesion\`, \`interreg\`; \`data-fund\` on a list item or table row), shows the fund's official name in the page's language. Without \`total\`, the total is the sum of the amounts.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The seed page's budget; switch the language in the toolbar. */
export const Seed: Story = {};

export const Donut: Story = { args: { chart: 'donut' } };

export const TableOnly: Story = { args: { chart: 'none', 'eu-emblem': false } };

/** The same budget in every language, side by side. */
export const AllLanguages: Story = {
  render: () => html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 2rem">
    ${['fr', 'nl', 'de', 'en'].map(
      (lang) => html`<div lang=${lang}>
        <np-funding-breakdown total="539349.58" start="2018-06" end="2021-12-31" eu-emblem>${seedList}</np-funding-breakdown>
      </div>`,
    )}
  </div>`,
};

/** A French page that wants dots for thousands. */
export const FormatLocale: Story = { args: { 'format-locale': 'de-BE' } };

/** Amounts in a table, total worked out from them. */
export const FromTable: Story = {
  render: () => html`<np-funding-breakdown>
    <table>
      <thead><tr><th>Source</th><th>Montant</th></tr></thead>
      <tbody>
        <tr><td>FEDER</td><td>269.674,79 €</td></tr>
        <tr><td>Région wallonne</td><td>215.739,83 €</td></tr>
        <tr><td>Ville de Liège</td><td>53.934,96 €</td></tr>
      </tbody>
    </table>
  </np-funding-breakdown>`,
};

/** Six sources: six colours, each with its own pattern, so colour is never the only cue. */
export const SixSources: Story = {
  render: () => html`<np-funding-breakdown
    total="1000000"
    chart="donut"
    .sources=${[
      { label: 'Interreg EMR', share: 40, fund: 'interreg' },
      { label: 'FSE+', share: 20 },
      { label: 'Région wallonne', share: 15 },
      { label: 'Provincie Limburg', share: 10 },
      { label: 'Städteregion Aachen', share: 10 },
      { label: 'Ville de Liège', share: 5 },
    ]}
  ></np-funding-breakdown>`,
};

/** Invalid data: a localised warning states the difference; what can be shown is shown. */
export const Invalid: Story = {
  render: () => html`<np-funding-breakdown total="539349.58">
    <ul>
      <li>FEDER 50%</li>
      <li>Région wallonne 35%</li>
      <li>Ville de Liège beaucoup</li>
    </ul>
  </np-funding-breakdown>`,
};

import type { NpContactCard } from '@npower/contact-card';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@npower/contact-card/define.js';
import { widgetHelpers, type StyleArgs } from '../.storybook/arg-types.js';

const { args, template } = widgetHelpers<NpContactCard>('np-contact-card');

interface Args extends StyleArgs {
  name?: string;
  'job-title'?: string;
  organization?: string;
  'email-user'?: string;
  'email-domain'?: string;
  phone?: string;
  country?: string;
  street?: string;
  'postal-code'?: string;
  locality?: string;
  website?: string;
  hours?: string;
  languages?: string;
  'heading-level'?: number;
  contact?: NpContactCard['contact'];
}

/** An invented neighbourhood service: example.org addresses and a fictitious number. */
const neighbourhoodService: Args = {
  name: 'Maison de quartier de Droixhe',
  organization: 'Ville de Liège, service Participation',
  'email-user': 'droixhe',
  'email-domain': 'example.org',
  phone: '04 000 12 34',
  country: 'BE',
  street: 'Rue de l’Exemple 1',
  'postal-code': '4020',
  locality: 'Liège',
  website: 'https://example.org/droixhe',
  hours: 'Mo-Fr 09:00-12:00; We 13:30-16:00',
  languages: 'fr nl de',
};

const card = (args: Args) =>
  template(
    args,
    html`<address>${args.name}<br />${args.street}, ${args['postal-code']} ${args.locality}<br />${args.phone}</address>`,
  );

const meta: Meta<Args> = {
  title: 'Widgets/Contact card',
  component: 'np-contact-card',
  args: { ...args, ...neighbourhoodService },
  // `contact` takes an object, which the helper cannot tell from its type name.
  argTypes: { 'heading-level': { control: { type: 'number', min: 2, max: 6 } }, contact: { control: 'object' } },
  render: card,
  parameters: {
    docs: {
      description: {
        component: `A contact that works in one tap: the email as a \`mailto:\` link assembled in the browser (\`email-user\` + \`email-domain\` keep the address out of the page source), the phone as a \`tel:\` link in E.164 with the national writing as its text, the address in the country's order with a link to OpenStreetMap (a link, never an embedded map: no third-party request), opening hours and languages in the page's language, copy buttons, and a vCard 3.0 download that Outlook, iOS and Android import.

### Machine-readable

- **microformats2 h-card**: the card is rendered in the shadow DOM, which parsers cannot see, so the widget also writes the same values as an \`h-card\` into its light DOM (not displayed, not read twice by screen readers), where any parser of the page finds it.
- **schema.org microdata** with \`structured-data\`: a schema.org \`Person\` when the contact has a \`job-title\` (with \`worksFor\` its organization), otherwise an \`Organization\` (a service or team); both with a \`ContactPoint\` carrying the email, the E.164 telephone, \`availableLanguage\` and \`hoursAvailable\` (\`OpeningHoursSpecification\`).

### Phone numbers

National numbers need \`country\` (\`BE\`, \`NL\` or \`DE\`); international ones, of any country, (\`+32 4 …\`, \`0032 4 …\`, \`+32 (0)4 …\`) work anywhere. A number in another country than \`country\` is shown as dialled from abroad.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** An invented neighbourhood service; switch the language in the toolbar. */
export const NeighbourhoodService: Story = {};

/** A person: the job title makes the structured data a Person working for the organization. */
export const Person: Story = {
  args: {
    name: 'Marie-Ève Lambert',
    'job-title': 'Coordinatrice de quartier',
    organization: 'Ville de Liège',
    languages: 'fr de',
  },
};

/** The same service in every language, side by side. */
export const AllLanguages: Story = {
  render: (args) => html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(24rem, 1fr)); gap: 2rem">
    ${['fr', 'nl', 'de', 'en'].map((lang) => html`<div lang=${lang}>${card(args)}</div>`)}
  </div>`,
};

/** A name and a phone number: nothing else is shown. */
export const Minimal: Story = {
  render: () => html`<np-contact-card name="Maison de quartier" phone="+32 4 000 12 34"></np-contact-card>`,
};

/** A narrow column: labels above their values. */
export const Narrow: Story = {
  render: (args) => html`<div style="max-width: 20rem">${card(args)}</div>`,
};

/** Bad data: the invalid email and phone shown as text without links, the unsafe website dropped, a warning in the console for each. */
export const BadData: Story = {
  render: () => html`<np-contact-card
    name="Maison de quartier"
    email="droixhe at example.org"
    phone="04 000 12"
    website="javascript:alert(1)"
    hours="lundi au vendredi, le matin"
    languages="fr"
  ></np-contact-card>`,
};

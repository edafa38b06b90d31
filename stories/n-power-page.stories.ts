import type { Partner } from '@npower/partner-list';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@npower/breadcrumb/define.js';
import '@npower/consent-video/define.js';
import '@npower/contact-card/define.js';
import '@npower/funding-breakdown/define.js';
import '@npower/partner-list/define.js';
import seedPartners from '../packages/partner-list/examples/n-power-partners.json';

type Locale = 'fr' | 'nl' | 'de' | 'en';

/**
 * The page's own words, as each partner city's web team would publish it. French is the seed
 * page's text (shared/seed/n-power-project-page.txt); the other three are translations of it.
 */
const page: Record<Locale, { trail: string[]; title: string; period: string; videoIntro: string; videoTitle: string; description: string; heading: string; started: string; funders: string[]; budget?: string; partners: string; more: string; contacts: string; service: string; organization: string }> = {
  fr: {
    trail: ['Accueil', 'Vie Communale', 'Services communaux', 'Quartiers', 'Bressoux-Droixhe', 'Projet Interreg EMR N-POWER'],
    title: 'Projet Interreg EMR N-POWER',
    period: 'Le projet a commencé en 2018 pour se terminer le 31 décembre 2021.',
    videoIntro: 'L’ensemble du processus, des résultats et des perspectives sont expliqués dans la vidéo suivante :',
    videoTitle: 'Projet Interreg EMR N-POWER : processus, résultats et perspectives',
    heading: 'Description du projet',
    description:
      'Le Projet Interreg EMR N-POWER vise à soutenir des « politiques de développement des quartiers » plus innovantes, permettant aux Villes de l’Euregio Meuse-Rhin de réintégrer les quartiers en difficulté et leur population dans une dynamique urbaine positive.',
    started: 'La recherche-action a débuté en juin 2018 et s’étalera sur trois ans.',
    budget: 'Budget : 539.349,58 €',
    funders: ['FEDER 50%', 'Région wallonne 40%', 'Ville de Liège 10%'],
    partners: 'Partenaires',
    more: 'Pour en savoir plus :',
    contacts: 'Contacts',
    service: 'Maison de quartier de Droixhe',
    organization: 'Ville de Liège; service Participation',
  },
  nl: {
    trail: ['Home', 'Gemeentelijk leven', 'Gemeentelijke diensten', 'Wijken', 'Bressoux-Droixhe', 'Interreg EMR-project N-POWER'],
    title: 'Interreg EMR-project N-POWER',
    period: 'Het project begon in 2018 en liep tot 31 december 2021.',
    videoIntro: 'Het hele proces, de resultaten en de vooruitzichten worden uitgelegd in de volgende video:',
    videoTitle: 'Interreg EMR-project N-POWER: proces, resultaten en vooruitzichten',
    heading: 'Projectbeschrijving',
    description:
      'Het Interreg EMR-project N-POWER steunt vernieuwend wijkontwikkelingsbeleid, waarmee de steden van de Euregio Maas-Rijn kwetsbare wijken en hun bewoners opnieuw in een positieve stedelijke dynamiek brengen.',
    started: 'Het actieonderzoek begon in juni 2018 en loopt drie jaar.',
    funders: ['EFRO 50%', 'Waals Gewest 40%', 'Stad Luik 10%'],
    partners: 'Partners',
    more: 'Meer weten:',
    contacts: 'Contact',
    service: 'Wijkhuis Droixhe',
    organization: 'Stad Luik; dienst Participatie',
  },
  de: {
    trail: ['Startseite', 'Gemeindeleben', 'Gemeindedienste', 'Stadtviertel', 'Bressoux-Droixhe', 'Interreg-EMR-Projekt N-POWER'],
    title: 'Interreg-EMR-Projekt N-POWER',
    period: 'Das Projekt begann 2018 und endete am 31. Dezember 2021.',
    videoIntro: 'Der gesamte Prozess, die Ergebnisse und die Perspektiven werden im folgenden Video erklärt:',
    videoTitle: 'Interreg-EMR-Projekt N-POWER: Prozess, Ergebnisse und Perspektiven',
    heading: 'Projektbeschreibung',
    description:
      'Das Interreg-EMR-Projekt N-POWER unterstützt innovativere Konzepte der Quartiersentwicklung, mit denen die Städte der Euregio Maas-Rhein benachteiligte Viertel und ihre Bewohner wieder in eine positive städtische Dynamik einbinden.',
    started: 'Die Aktionsforschung begann im Juni 2018 und läuft drei Jahre.',
    funders: ['EFRE 50%', 'Wallonische Region 40%', 'Stadt Lüttich 10%'],
    partners: 'Partner',
    more: 'Mehr erfahren:',
    contacts: 'Kontakt',
    service: 'Stadtteilhaus Droixhe',
    organization: 'Stadt Lüttich; Dienst Bürgerbeteiligung',
  },
  en: {
    trail: ['Home', 'Community life', 'Municipal services', 'Neighbourhoods', 'Bressoux-Droixhe', 'Interreg EMR project N-POWER'],
    title: 'Interreg EMR project N-POWER',
    period: 'The project started in 2018 and ended on 31 December 2021.',
    videoIntro: 'The whole process, its results and what comes next are explained in this video:',
    videoTitle: 'Interreg EMR project N-POWER: process, results and outlook',
    heading: 'About the project',
    description:
      'The Interreg EMR project N-POWER supports more innovative neighbourhood development policies, helping the cities of the Euregio Meuse-Rhine bring struggling neighbourhoods and their residents back into a positive urban dynamic.',
    started: 'The action research started in June 2018 and runs for three years.',
    funders: ['ERDF 50%', 'Walloon Region 40%', 'City of Liège 10%'],
    partners: 'Partners',
    more: 'Find out more:',
    contacts: 'Contact',
    service: 'Droixhe community centre',
    organization: 'City of Liège; Participation service',
  },
};

const trailLinks = ['/', '/vie-communale', '/vie-communale/services-communaux', '/vie-communale/services-communaux/quartiers', '/vie-communale/services-communaux/quartiers/bressoux-droixhe'];

const meta: Meta = {
  title: 'N-POWER page',
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'The page the project exists for: the N-POWER project page on liege.be, with its five widgets composed as on the seed page. The toolbar switches its language (each partner city publishes it in its own), the theme and the direction. The video waits for consent: nothing is requested from YouTube before a click.',
      },
    },
  },
  render: (_args, { globals }) => {
    const locale: Locale = globals.locale in page ? (globals.locale as Locale) : 'fr';
    const text = page[locale];
    return html`
      <header>
        <np-breadcrumb>
          ${text.trail.slice(0, -1).map((label, index) => html`<a href=${trailLinks[index]!}>${label}</a>`)}
          <span>${text.trail.at(-1)}</span>
        </np-breadcrumb>
      </header>
      <main>
        <h1>${text.title}</h1>
        <p>${text.period}</p>
        <p>${text.videoIntro}</p>
        <np-consent-video
          src="https://www.youtube.com/watch?v=N-POWER-EMR"
          heading-level="2"
          video-title=${text.videoTitle}
          poster="examples/consent-video/poster.svg"
        >
          <a href="https://www.youtube.com/watch?v=N-POWER-EMR">${text.videoTitle}</a>
        </np-consent-video>
        <h2>${text.heading}</h2>
        <p>${text.description}</p>
        <p>${text.started}</p>
        <np-funding-breakdown total="539349.58" currency="EUR" start="2018-06" end="2021-12-31" eu-emblem>
          ${text.budget ? html`<p>${text.budget}</p>` : ''}
          <ul>
            ${text.funders.map((funder) => html`<li>${funder}</li>`)}
          </ul>
        </np-funding-breakdown>
        <h2>${text.partners}</h2>
        <np-partner-list filter heading-level="3" project-name="N-POWER" .partners=${seedPartners as Partner[]}></np-partner-list>
        <p>${text.more}</p>
        <h2>${text.contacts}</h2>
        <np-contact-card
          heading-level="3"
          name=${text.service}
          organization=${text.organization}
          email-user="droixhe"
          email-domain="example.org"
          phone="04 000 12 34"
          country="BE"
          street="Rue de l’Exemple 1"
          postal-code="4020"
          locality="Liège"
          website="https://example.org/droixhe"
          hours="Mo-Fr 09:00-12:00; We 13:30-16:00"
          languages="fr nl de"
        ></np-contact-card>
      </main>
    `;
  },
};
export default meta;

/** The seed page, in the toolbar's language: breadcrumb, video, funding, partners and contact together. */
export const Page: StoryObj = {};

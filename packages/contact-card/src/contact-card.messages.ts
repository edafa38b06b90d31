import type { Catalogue } from '@npower/core';

export interface ContactCardMessages {
  email: string;
  phone: string;
  address: string;
  website: string;
  hours: string;
  /** Closing at 24:00 on a 12-hour clock, where "12:00 AM" would read as the start of the day. */
  midnight: string;
  /** The link that opens the address on OpenStreetMap. */
  map: string;
  /** "On parle français, néerlandais et allemand": the list is already joined. */
  speaks: (languages: string) => string;
  download: string;
  /** Visible text of the copy buttons; their accessible names add the field: "Copier (E-mail)". */
  copy: string;
  /** Announced in the live region once the clipboard has the value. */
  copied: string;
  copyFailed: string;
}

export const contactCardMessages: Catalogue<ContactCardMessages> = {
  en: {
    email: 'Email',
    phone: 'Phone',
    address: 'Address',
    website: 'Website',
    hours: 'Opening hours',
    midnight: 'midnight',
    map: 'Show on the map (OpenStreetMap)',
    speaks: (languages) => `We speak ${languages}.`,
    download: 'Download contact (vCard)',
    copy: 'Copy',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy: select the text instead.',
  },
  fr: {
    email: 'E-mail',
    phone: 'Téléphone',
    address: 'Adresse',
    website: 'Site web',
    hours: 'Heures d’ouverture',
    midnight: 'minuit',
    map: 'Voir sur la carte (OpenStreetMap)',
    speaks: (languages) => `On parle ${languages}.`,
    download: 'Télécharger le contact (vCard)',
    copy: 'Copier',
    copied: 'Copié dans le presse-papiers.',
    copyFailed: 'Copie impossible : sélectionnez le texte.',
  },
  nl: {
    email: 'E-mail',
    phone: 'Telefoon',
    address: 'Adres',
    website: 'Website',
    hours: 'Openingstijden',
    midnight: 'middernacht',
    map: 'Bekijk op de kaart (OpenStreetMap)',
    speaks: (languages) => `Wij spreken ${languages}.`,
    download: 'Contact downloaden (vCard)',
    copy: 'Kopiëren',
    copied: 'Gekopieerd naar het klembord.',
    copyFailed: 'Kopiëren mislukt: selecteer de tekst.',
  },
  'nl-BE': {
    hours: 'Openingsuren',
  },
  de: {
    email: 'E-Mail',
    phone: 'Telefon',
    address: 'Adresse',
    website: 'Website',
    hours: 'Öffnungszeiten',
    midnight: 'Mitternacht',
    map: 'Auf der Karte zeigen (OpenStreetMap)',
    speaks: (languages) => `Wir sprechen ${languages}.`,
    download: 'Kontakt herunterladen (vCard)',
    copy: 'Kopieren',
    copied: 'In die Zwischenablage kopiert.',
    copyFailed: 'Kopieren nicht möglich: Text bitte markieren.',
  },
};

import type { Catalogue } from '@npower/core';

export interface BreadcrumbMessages {
  /** The navigation landmark's name, shown as a prefix. */
  label: string;
  /** Accessible name of the button that reveals collapsed items. */
  expand: string;
}

export const breadcrumbMessages: Catalogue<BreadcrumbMessages> = {
  en: { label: 'You are here', expand: 'Show full path' },
  fr: { label: 'Vous êtes ici', expand: 'Afficher le chemin complet' },
  nl: { label: 'U bent hier', expand: 'Volledig pad tonen' },
  de: { label: 'Sie sind hier', expand: 'Vollständigen Pfad anzeigen' },
};

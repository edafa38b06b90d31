import type { Catalogue } from '@npower/core';

export interface FundingBreakdownMessages {
  heading: string;
  caption: string;
  source: string;
  share: string;
  amount: string;
  total: string;
  period: (range: string) => string;
  /** The statement next to the EU emblem; with it, the logo's alternative text. */
  euStatement: string;
  /** The shares or amounts do not make up the whole: what they add up to, what they should, the gap. */
  mismatch: (sum: string, expected: string, difference: string) => string;
  noTotal: string;
  /** A negative or non-numeric value, quoted as written. */
  invalid: (label: string, written: string) => string;
  missing: (label: string) => string;
  unreadable: string;
}

export const fundingBreakdownMessages: Catalogue<FundingBreakdownMessages> = {
  en: {
    heading: 'Budget',
    caption: 'Who funds the project',
    source: 'Source',
    share: 'Share',
    amount: 'Amount',
    total: 'Total',
    period: (range) => `Project period: ${range}`,
    euStatement: 'Co-funded by the European Union',
    mismatch: (sum, expected, difference) =>
      `Sum ${sum} instead of ${expected} (difference ${difference}).`,
    noTotal: 'No total: amounts cannot be worked out.',
    invalid: (label, written) =>
      `“${label}”: invalid value “${written}”, left out.`,
    missing: (label) => `“${label}”: no share or amount.`,
    unreadable: 'The funding data cannot be read.',
  },
  fr: {
    heading: 'Budget',
    caption: 'Qui finance le projet',
    source: 'Source',
    share: 'Part',
    amount: 'Montant',
    total: 'Total',
    period: (range) => `Durée du projet : ${range}`,
    euStatement: 'Cofinancé par l’Union européenne',
    mismatch: (sum, expected, difference) =>
      `Somme ${sum} au lieu de ${expected} (écart ${difference}).`,
    noTotal: 'Total manquant : montants non calculables.',
    invalid: (label, written) =>
      `« ${label} » : valeur « ${written} » non valable, non reprise.`,
    missing: (label) => `« ${label} » : ni part ni montant.`,
    unreadable: 'Les données de financement sont illisibles.',
  },
  nl: {
    heading: 'Budget',
    caption: 'Wie financiert het project',
    source: 'Bron',
    share: 'Aandeel',
    amount: 'Bedrag',
    total: 'Totaal',
    period: (range) => `Looptijd: ${range}`,
    euStatement: 'Medegefinancierd door de Europese Unie',
    mismatch: (sum, expected, difference) =>
      `Som ${sum} in plaats van ${expected} (verschil ${difference}).`,
    noTotal: 'Geen totaal: bedragen niet te berekenen.',
    invalid: (label, written) =>
      `„${label}”: ongeldige waarde „${written}”, weggelaten.`,
    missing: (label) => `„${label}”: geen aandeel of bedrag.`,
    unreadable: 'De financieringsgegevens zijn onleesbaar.',
  },
  de: {
    heading: 'Budget',
    caption: 'Wer das Projekt finanziert',
    source: 'Quelle',
    share: 'Anteil',
    amount: 'Betrag',
    total: 'Gesamt',
    period: (range) => `Laufzeit: ${range}`,
    euStatement: 'Kofinanziert von der Europäischen Union',
    mismatch: (sum, expected, difference) =>
      `Summe ${sum} statt ${expected} (Differenz ${difference}).`,
    noTotal: 'Keine Gesamtsumme: Beträge nicht berechenbar.',
    invalid: (label, written) =>
      `„${label}“: ungültiger Wert „${written}“, ausgelassen.`,
    missing: (label) => `„${label}“: weder Anteil noch Betrag.`,
    unreadable: 'Die Finanzierungsdaten sind nicht lesbar.',
  },
};

import type { Language } from '@npower/core';

export type Fund = 'erdf' | 'esf-plus' | 'jtf' | 'cohesion' | 'interreg';

/** Official name and acronym. */
type FundName = [name: string, acronym: string];

/** Official names and acronyms of the EU cohesion-policy funds, per language. */
export const funds: Record<Fund, Record<Language, FundName>> = {
  erdf: {
    en: ['European Regional Development Fund', 'ERDF'],
    fr: ['Fonds européen de développement régional', 'FEDER'],
    nl: ['Europees Fonds voor Regionale Ontwikkeling', 'EFRO'],
    de: ['Europäischer Fonds für regionale Entwicklung', 'EFRE'],
  },
  'esf-plus': {
    en: ['European Social Fund Plus', 'ESF+'],
    fr: ['Fonds social européen plus', 'FSE+'],
    nl: ['Europees Sociaal Fonds Plus', 'ESF+'],
    de: ['Europäischer Sozialfonds Plus', 'ESF+'],
  },
  jtf: {
    en: ['Just Transition Fund', 'JTF'],
    fr: ['Fonds pour une transition juste', 'FTJ'],
    nl: ['Fonds voor een rechtvaardige transitie', 'JTF'],
    de: ['Fonds für einen gerechten Übergang', 'JTF'],
  },
  cohesion: {
    en: ['Cohesion Fund', 'CF'],
    fr: ['Fonds de cohésion', 'FC'],
    nl: ['Cohesiefonds', 'CF'],
    de: ['Kohäsionsfonds', 'KF'],
  },
  interreg: {
    en: ['European Territorial Cooperation', 'Interreg'],
    fr: ['Coopération territoriale européenne', 'Interreg'],
    nl: ['Europese territoriale samenwerking', 'Interreg'],
    de: ['Europäische territoriale Zusammenarbeit', 'Interreg'],
  },
};

export const isFund = (value: unknown): value is Fund => typeof value === 'string' && value in funds;

/** Recognises a fund from the acronym an editor wrote, in any of the four languages: `FEDER`, `EFRO`, `ESF+`… */
export function fundFromLabel(label: string): Fund | undefined {
  const word = label.trim().toUpperCase();
  return (Object.keys(funds) as Fund[]).find((fund) =>
    Object.values(funds[fund]).some(([, acronym]) => acronym.toUpperCase() === word),
  );
}

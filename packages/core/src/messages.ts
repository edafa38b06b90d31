import type { Language } from './locale.js';

/**
 * A widget's message catalogue: every supported language complete, plus optional regional
 * refinements (`fr-BE`, `de-AT`…) that override single messages.
 */
export type Catalogue<Messages extends object> = Record<Language, Messages> &
  Partial<Record<string, Partial<Messages>>>;

/** Messages for a locale, following the chain `fr-BE` → `fr` → `en`. */
export function messagesFor<Messages extends object>(
  catalogue: Catalogue<Messages>,
  tag: string,
  language: Language,
): Messages {
  return { ...catalogue.en, ...catalogue[language], ...(tag === language ? undefined : catalogue[tag]) };
}

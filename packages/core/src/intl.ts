/*
 * Intl constructors are slow (tens of microseconds each) and a partner list or funding table
 * formats hundreds of values per render: one formatter per locale and options is enough.
 */
const formatters = new Map<string, unknown>();

/** Any of Intl's formatter constructors: (locale, options) in, a formatter out. */
type FormatterClass<Options, Formatter> = new (locale: string, options: Options) => Formatter;

/** One formatter per constructor (its native name survives minifying), locale and options. */
function cached<Options, Formatter>(Format: FormatterClass<Options, Formatter>, locale: string, options: Options): Formatter {
  const key = `${Format.name}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as Formatter | undefined;
  if (!formatter) formatters.set(key, (formatter = new Format(locale, options)));
  return formatter;
}

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached(Intl.NumberFormat, locale, options);

/** An amount in `currency`, which must be a valid ISO 4217 code (Intl throws otherwise). */
export const currencyFormat = (
  locale: string,
  currency: string,
  options?: Omit<Intl.NumberFormatOptions, 'style' | 'currency'>,
): Intl.NumberFormat => numberFormat(locale, { ...options, style: 'currency', currency });

export const dateFormat = (locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(Intl.DateTimeFormat, locale, options);

export const displayNames = (locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames =>
  cached(Intl.DisplayNames, locale, options);

export const collator = (locale: string, options?: Intl.CollatorOptions): Intl.Collator => cached(Intl.Collator, locale, options);

export const listFormat = (locale: string, options?: Intl.ListFormatOptions): Intl.ListFormat => cached(Intl.ListFormat, locale, options);

export const pluralRules = (locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules =>
  cached(Intl.PluralRules, locale, options);

export { defineElement, type VersionedElementConstructor } from './define-element.js';
export { NpElement } from './element.js';
export {
  findLanguageTag,
  negotiateLocale,
  resolveLocale,
  supportedLanguages,
  type Language,
  type ResolvedLocale,
} from './locale.js';
export { LocaleController } from './locale-controller.js';
export { messagesFor, type Catalogue } from './messages.js';
export {
  collator,
  currencyFormat,
  dateFormat,
  displayNames,
  listFormat,
  numberFormat,
  pluralRules,
} from './intl.js';
export { absoluteUrl, safeUrl, websiteUrl } from './safe-url.js';
export { baseStyles } from './styles.js';
export { visuallyHiddenStyles } from './visually-hidden.js';
export { heading, headingLevels } from './heading.js';
export { LightDomController } from './light-dom-controller.js';
export { structuredDataSelector, writeStructuredData } from './structured-data.js';
export { nonEmptyText, textOf } from './text.js';
export { countryCodeExpected, invalidValue, unreadableList, unsafeUrlDropped } from './warnings.js';

export { NpContactCard } from './contact-card.js';
export type { ContactCardMessages } from './contact-card.messages.js';
export type { Contact } from './contact.js';
export { parsePhone, type PhoneNumber } from './phone.js';
export { formatHours, parseHours, type HoursRule } from './hours.js';
export { escapeValue, foldLine, formatVCard, vCardFileName, type VCardProperty } from './vcard.js';

export { NpPartnerList } from './partner-list.js';
export type { PartnerListMessages, Plural } from './partner-list.messages.js';
export { knownRoles, partnerTypes, type KnownRole, type LocalisedText, type Partner, type PartnerType } from './partners.js';
export type { GroupBy } from './grouping.js';

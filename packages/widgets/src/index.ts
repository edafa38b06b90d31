// The five widget classes and their main types from one package, for apps that register them
// under tags of their own. `@npower/widgets/define.js` registers all five under their usual tags.
export { NpBreadcrumb, type BreadcrumbItem } from '@npower/breadcrumb';
export { NpConsentVideo, type ConsentRequestDetail, type VideoActivateDetail } from '@npower/consent-video';
export { NpFundingBreakdown, type FundingSource } from '@npower/funding-breakdown';
export { NpPartnerList, type Partner } from '@npower/partner-list';
export { NpContactCard, type Contact } from '@npower/contact-card';
export { embedSnippet, type CdnIntegrity, type EmbedSnippet } from './embed-snippet.js';

// All five widgets, registered at once: `dist/cdn/np-widgets.js` is this module with Lit and
// core inside, once. Each define module warns instead of throwing when its tag is taken.
import '@npower/breadcrumb/define.js';
import '@npower/consent-video/define.js';
import '@npower/funding-breakdown/define.js';
import '@npower/partner-list/define.js';
import '@npower/contact-card/define.js';

// Keeps the widget classes, which type the five tags, in this entry's declarations.
export type { NpBreadcrumb, NpConsentVideo, NpContactCard, NpFundingBreakdown, NpPartnerList } from './index.js';

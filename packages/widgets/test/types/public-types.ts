/*
 * Compiled by `npm run typecheck`, never run: what a TypeScript app gets from the published
 * types. Each widget's main entry (no define import) types its tag in `querySelector` and its
 * events; the `jsx` entries give JSX its elements and reject a misspelled attribute.
 */
import type { NpBreadcrumb } from '@npower/breadcrumb';
import type { NpConsentVideo } from '@npower/consent-video';
import type { NpContactCard } from '@npower/contact-card';
import type { NpFundingBreakdown } from '@npower/funding-breakdown';
import type { NpPartnerList } from '@npower/partner-list';
// This package's own jsx entry, from its source: its dist is not built before the type check.
import type { CustomElements } from '../../src/jsx.js';

export const tags: [NpBreadcrumb | null, NpConsentVideo | null, NpFundingBreakdown | null, NpPartnerList | null, NpContactCard | null] = [
  document.querySelector('np-breadcrumb'),
  document.querySelector('np-consent-video'),
  document.querySelector('np-funding-breakdown'),
  document.querySelector('np-partner-list'),
  document.querySelector('np-contact-card'),
];

document.addEventListener('np-video-activate', (event) => event.detail.src.startsWith('https:'));

export const card: CustomElements['np-contact-card'] = { name: 'Cellule N-POWER', 'heading-level': 2, email: 'npower@example.org' };
export const video: CustomElements['np-consent-video'] = { provider: 'youtube', 'video-id': 'N-POWER-EMR', 'video-title': 'N-POWER' };
// @ts-expect-error: a misspelled attribute is an error, not a silent no-op.
export const misspelled: CustomElements['np-breadcrumb'] = { 'max-itmes': 2 };

/**
 * The five widgets for JSX: extend your framework's `IntrinsicElements` with `CustomElements`
 * (React 19: `declare module 'react' { namespace JSX { interface IntrinsicElements extends CustomElements {} } }`).
 * Each widget package's `jsx` entry holds its own.
 */
import type { CustomElements as Breadcrumb } from '@npower/breadcrumb/jsx';
import type { CustomElements as ConsentVideo } from '@npower/consent-video/jsx';
import type { CustomElements as ContactCard } from '@npower/contact-card/jsx';
import type { CustomElements as FundingBreakdown } from '@npower/funding-breakdown/jsx';
import type { CustomElements as PartnerList } from '@npower/partner-list/jsx';

export type CustomElements = Breadcrumb & ConsentVideo & FundingBreakdown & PartnerList & ContactCard;

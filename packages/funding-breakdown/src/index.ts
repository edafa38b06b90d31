export { NpFundingBreakdown } from './funding-breakdown.js';
export type { FundingBreakdownMessages } from './funding-breakdown.messages.js';
export type { FundingSource } from './sources.js';
export { allocate, parseLocaleNumber, toCents } from './money.js';
export { computeBreakdown, type Breakdown, type BreakdownRow } from './breakdown.js';
export { funds, type Fund } from './funds.js';

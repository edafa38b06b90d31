import { defineElement } from '@npower/core';
import { NpFundingBreakdown } from './funding-breakdown.js';

defineElement('np-funding-breakdown', NpFundingBreakdown);

// Keeps the class module, which types the tag, in this entry's declarations.
export type { NpFundingBreakdown } from './funding-breakdown.js';

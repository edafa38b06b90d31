import { defineElement } from '@npower/core';
import { NpFundingBreakdown } from './funding-breakdown.js';

defineElement('np-funding-breakdown', NpFundingBreakdown);

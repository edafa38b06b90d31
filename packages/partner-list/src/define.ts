import { defineElement } from '@npower/core';
import { NpPartnerList } from './partner-list.js';

defineElement('np-partner-list', NpPartnerList);

// Keeps the class module, which types the tag, in this entry's declarations.
export type { NpPartnerList } from './partner-list.js';

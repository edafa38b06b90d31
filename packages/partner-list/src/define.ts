import { defineElement } from '@npower/core';
import { NpPartnerList } from './partner-list.js';

defineElement('np-partner-list', NpPartnerList);

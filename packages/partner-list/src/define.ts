import { defineElement } from '@npower/core';
import { NpPartnerList } from './partner-list.js';

defineElement('np-partner-list', NpPartnerList);

declare global {
  interface HTMLElementTagNameMap {
    'np-partner-list': NpPartnerList;
  }
}

import { defineElement } from '@npower/core';
import { NpContactCard } from './contact-card.js';

defineElement('np-contact-card', NpContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'np-contact-card': NpContactCard;
  }
}

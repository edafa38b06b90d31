import { defineElement } from '@npower/core';
import { NpContactCard } from './contact-card.js';

defineElement('np-contact-card', NpContactCard);

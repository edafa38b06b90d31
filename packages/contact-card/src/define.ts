import { defineElement } from '@npower/core';
import { NpContactCard } from './contact-card.js';

defineElement('np-contact-card', NpContactCard);

// Keeps the class module, which types the tag, in this entry's declarations.
export type { NpContactCard } from './contact-card.js';

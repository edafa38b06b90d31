import { defineElement } from '@npower/core';
import { NpConsentVideo } from './consent-video.js';

defineElement('np-consent-video', NpConsentVideo);

// Keeps the class module, which types the tag, in this entry's declarations.
export type { NpConsentVideo } from './consent-video.js';

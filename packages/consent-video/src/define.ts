import { defineElement } from '@npower/core';
import { NpConsentVideo } from './consent-video.js';

defineElement('np-consent-video', NpConsentVideo);

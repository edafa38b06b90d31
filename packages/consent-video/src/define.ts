import { defineElement } from '@npower/core';
import { NpConsentVideo } from './consent-video.js';

defineElement('np-consent-video', NpConsentVideo);

declare global {
  interface HTMLElementTagNameMap {
    'np-consent-video': NpConsentVideo;
  }
}

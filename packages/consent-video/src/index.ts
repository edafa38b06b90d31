export { NpConsentVideo, type ConsentRequestDetail, type VideoActivateDetail } from './consent-video.js';
export type { ConsentVideoMessages } from './consent-video.messages.js';
export { parseVideoUrl, playerUrl, watchUrl, type Provider, type VideoRef } from './providers.js';

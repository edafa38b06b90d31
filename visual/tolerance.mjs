// How much of a screenshot may differ from its baseline and still pass: the visual review
// (web-test-runner.visual.config.mjs) and `npm run visual:update` (scripts/visual-accept.mjs)
// judge alike. Same engine, same machine kind, same fonts: screenshots match to the pixel but for
// anti-aliasing noise (WebKit's, mostly); one changed colour changes far more than 0.05 %.
export const failureThreshold = 0.05;
export const failureThresholdType = 'percent';

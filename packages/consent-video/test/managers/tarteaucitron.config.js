// tarteaucitron.js as a city would configure it, everything served locally: the French texts are
// loaded by the page (useExternalJs), so tarteaucitron.services.js, whose own youtube service
// would insert players by itself, is never fetched. This youtube service only records consent:
// <np-consent-video> shows the player.
(() => {
  const tac = window.tarteaucitron;
  tac.services.youtube = {
    key: 'youtube',
    type: 'video',
    name: 'YouTube',
    uri: 'https://policies.google.com/privacy',
    needConsent: true,
    cookies: [],
    js() {},
    fallback() {},
  };
  // Not a city's setting: tarteaucitron calls events.load once its buttons work (half a second
  // after showing them, later on a busy machine), which the tests wait for.
  tac.events.load = () => {
    window.npManagerReady = true;
  };
  tac.init({
    useExternalJs: true,
    useExternalCss: true,
    highPrivacy: true,
    AcceptAllCta: true,
    DenyAllCta: true,
    orientation: 'middle',
    showAlertSmall: false,
    showIcon: false,
    cookieName: 'np_test_tac',
    mandatory: true,
    moreInfoLink: false,
    removeCredit: true,
    googleConsentMode: false,
    bingConsentMode: false,
    pianoConsentMode: false,
  });
  (tac.job = tac.job || []).push('youtube');
})();

// Orejime 2 as a city would configure it: YouTube an app of its own, French texts.
window.orejimeConfig = {
  privacyPolicy: '/confidentialite',
  cookieName: 'np_test_orejime2',
  lang: 'fr',
  apps: [
    { name: 'youtube', title: 'YouTube', purposes: ['media'], cookies: [], default: false },
    { name: 'maps', title: 'OpenStreetMap', purposes: ['media'], cookies: [], default: true },
  ],
};

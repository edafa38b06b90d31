// Orejime 3 as a city would configure it (French build): the video purpose off by default, and
// a second purpose whose default must not be recorded by a click on the video.
window.orejimeConfig = {
  privacyPolicyUrl: '/confidentialite',
  cookie: { name: 'np_test_orejime', duration: 30 },
  purposes: [
    { id: 'youtube', title: 'YouTube', description: 'Vidéos YouTube intégrées', cookies: [], default: false },
    { id: 'maps', title: 'OpenStreetMap', description: 'Cartes', cookies: [], default: true },
  ],
};

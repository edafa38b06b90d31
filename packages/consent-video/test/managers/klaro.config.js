// Klaro 0.7 as a city would configure it: French, one video service off by default, and a
// second service whose default must not be recorded by a click on the video. Handlers are
// functions, not strings: string handlers need 'unsafe-eval'.
window.klaroConfig = {
  lang: 'fr',
  storageMethod: 'cookie',
  storageName: 'np_test_klaro',
  acceptAll: true,
  groupByPurpose: false,
  services: [
    { name: 'youtube', title: 'YouTube', purposes: ['media'], default: false, onAccept() {}, onDecline() {} },
    { name: 'maps', title: 'OpenStreetMap', purposes: ['media'], default: true, onAccept() {}, onDecline() {} },
  ],
  translations: { fr: { purposes: { media: { title: 'Médias' } } } },
};

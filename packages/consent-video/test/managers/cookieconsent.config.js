// CookieConsent v3 as a city would configure it: YouTube a service of the marketing category,
// French texts inline (nothing fetched). hideFromBots: off, or it does nothing under test
// automation (navigator.webdriver).
window.CookieConsent.run({
  hideFromBots: false,
  cookie: { name: 'np_test_cc' },
  guiOptions: { consentModal: { layout: 'box', position: 'bottom right' }, preferencesModal: { layout: 'box' } },
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: {},
    marketing: { services: { youtube: { label: 'YouTube' } } },
  },
  language: {
    default: 'fr',
    translations: {
      fr: {
        consentModal: {
          title: 'Nous utilisons des cookies',
          description: 'Certaines fonctions du site ont besoin de votre accord.',
          acceptAllBtn: 'Tout accepter',
          acceptNecessaryBtn: 'Tout refuser',
          showPreferencesBtn: 'Gérer les préférences',
          closeIconLabel: 'Fermer',
        },
        preferencesModal: {
          title: 'Préférences',
          acceptAllBtn: 'Tout accepter',
          acceptNecessaryBtn: 'Tout refuser',
          savePreferencesBtn: 'Enregistrer',
          closeIconLabel: 'Fermer',
          sections: [
            { title: 'Nécessaires', linkedCategory: 'necessary' },
            { title: 'Mesure d’audience', linkedCategory: 'analytics' },
            { title: 'Vidéos et réseaux sociaux', description: 'YouTube', linkedCategory: 'marketing' },
          ],
        },
      },
    },
  },
});

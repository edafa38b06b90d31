/**
 * Every widget in the states a visitor meets, written as a city writes them (invented
 * example.org addresses): the accessibility and reflow tests go through each.
 */
const partners = JSON.stringify([
  { name: 'Ville de Liège', url: 'https://example.org/liege', country: 'BE', type: 'city', role: 'coordinator' },
  { name: 'Stad Genk', url: 'https://example.org/genk', country: 'BE', type: 'city', role: 'partner' },
  { name: 'Gemeente Heerlen', url: 'https://example.org/heerlen', country: 'NL', type: 'city', role: 'partner' },
  { name: 'RWTH Aachen', url: 'https://example.org/rwth', country: 'DE', type: 'university', role: 'academic' },
]);

export const states: Record<string, string> = {
  breadcrumb: `<np-breadcrumb><a href="/">Accueil</a><a href="/quartiers">Quartiers</a><span>N-POWER</span></np-breadcrumb>`,
  'collapsed breadcrumb': `<np-breadcrumb max-items="2"><a href="/">Accueil</a><a href="/v">Vie communale</a><a href="/q">Quartiers</a><span>N-POWER</span></np-breadcrumb>`,
  'video placeholder': `<np-consent-video provider="youtube" video-id="N-POWER-EMR" video-title="N-POWER à Droixhe" show-remember></np-consent-video>`,
  'video with an unreadable address': `<np-consent-video src="https://example.org/video" video-title="N-POWER"></np-consent-video>`,
  'funding breakdown': `<np-funding-breakdown total="539349.58"><ul><li>FEDER 50 %</li><li>Région wallonne 40 %</li><li>Ville de Liège 10 %</li></ul></np-funding-breakdown>`,
  'funding breakdown with a note for the editor': `<np-funding-breakdown><ul><li>FEDER 50 %</li><li>Région wallonne 30 %</li></ul></np-funding-breakdown>`,
  'filterable partner list': `<np-partner-list filter><script type="application/json">${partners}</script></np-partner-list>`,
  'contact card': `<np-contact-card name="Cellule N-POWER" email="npower@example.org" phone="04 000 12 34" country="BE" street="Rue de l’Exemple 1" postal-code="4020" locality="Liège" website="https://example.org/npower"></np-contact-card>`,
};

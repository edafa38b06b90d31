import type { Catalogue } from '@npower/core';

export interface ConsentVideoMessages {
  /** The notice on the placeholder, as on the partners' sites. */
  notice: string;
  /** What accepting means, naming the provider. */
  detail: (provider: string) => string;
  /** The button that accepts and plays; its accessible name adds the video title. */
  play: string;
  /** The "always allow" checkbox: what it does and where it is kept. */
  remember: (provider: string) => string;
  /** On the other videos of the service, once a click on one gave consent. */
  given: (provider: string) => string;
  /** Their button, consent being given already. */
  playGiven: string;
  /** Under the player after a click: stops it and withdraws consent. */
  withdraw: string;
  /** The control that opens the cookie preferences. */
  preferences: string;
  /** The plain link to the provider's page. */
  watch: (provider: string) => string;
  /** Title used when `video-title` is missing. */
  untitled: (provider: string) => string;
  /** Shown instead of a player when the video cannot be identified. */
  invalid: string;
  /** The plain link offered with `invalid` when the address is a web address. */
  openLink: string;
}

export const consentVideoMessages: Catalogue<ConsentVideoMessages> = {
  en: {
    notice: 'This feature requires accepting cookies.',
    detail: (provider) => `Played from ${provider}, which sets cookies and receives your IP address.`,
    play: 'Accept and play the video',
    remember: (provider) => `Always allow ${provider} videos in this browser`,
    given: (provider) => `You accepted ${provider} videos on this page.`,
    playGiven: 'Play the video',
    withdraw: 'Stop the video and withdraw consent',
    preferences: 'Change your cookie preferences',
    watch: (provider) => `Watch on ${provider}`,
    untitled: (provider) => `${provider} video`,
    invalid: 'This video cannot be shown: its address is not recognised.',
    openLink: 'Open the link',
  },
  fr: {
    notice: 'Cette fonctionnalité nécessite l’acceptation des cookies.',
    detail: (provider) => `Lue depuis ${provider}, qui dépose des cookies et reçoit votre adresse IP.`,
    play: 'Accepter et lire la vidéo',
    remember: (provider) => `Toujours autoriser les vidéos ${provider} dans ce navigateur`,
    given: (provider) => `Vous avez accepté les vidéos ${provider} sur cette page.`,
    playGiven: 'Lire la vidéo',
    withdraw: 'Arrêter la vidéo et retirer mon consentement',
    preferences: 'Modifier vos préférences en matière de cookies',
    watch: (provider) => `Regarder sur ${provider}`,
    untitled: (provider) => `Vidéo ${provider}`,
    invalid: 'Cette vidéo ne peut pas être affichée : son adresse n’est pas reconnue.',
    openLink: 'Ouvrir le lien',
  },
  nl: {
    notice: 'Voor deze functie moet u cookies aanvaarden.',
    detail: (provider) => `Afgespeeld via ${provider}, dat cookies plaatst en uw IP-adres ontvangt.`,
    play: 'Aanvaarden en video afspelen',
    remember: (provider) => `Video’s van ${provider} altijd toestaan in deze browser`,
    given: (provider) => `U hebt video’s van ${provider} op deze pagina aanvaard.`,
    playGiven: 'Video afspelen',
    withdraw: 'Video stoppen en toestemming intrekken',
    preferences: 'Uw cookievoorkeuren wijzigen',
    watch: (provider) => `Bekijken op ${provider}`,
    untitled: (provider) => `Video van ${provider}`,
    invalid: 'Deze video kan niet worden getoond: het adres wordt niet herkend.',
    openLink: 'Link openen',
  },
  de: {
    notice: 'Für diese Funktion müssen Sie Cookies akzeptieren.',
    detail: (provider) => `Abgespielt über ${provider}, das Cookies setzt und Ihre IP-Adresse erhält.`,
    play: 'Akzeptieren und Video abspielen',
    remember: (provider) => `${provider}-Videos in diesem Browser immer erlauben`,
    given: (provider) => `Sie haben ${provider}-Videos auf dieser Seite akzeptiert.`,
    playGiven: 'Video abspielen',
    withdraw: 'Video beenden und Einwilligung widerrufen',
    preferences: 'Cookie-Einstellungen ändern',
    watch: (provider) => `Auf ${provider} ansehen`,
    untitled: (provider) => `${provider}-Video`,
    invalid: 'Dieses Video kann nicht angezeigt werden: Die Adresse wird nicht erkannt.',
    openLink: 'Link öffnen',
  },
};

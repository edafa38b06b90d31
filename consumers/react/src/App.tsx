import '@npower/widgets/define.js';
import type { VideoActivateDetail } from '@npower/widgets';
import { useState } from 'react';

/** Every widget with typed attributes and properties, and the video's activation event. */
export function App() {
  const [activated, setActivated] = useState<VideoActivateDetail | undefined>();

  return (
    <main data-activated={activated?.provider ?? ''}>
      <np-breadcrumb max-items={3} items={[{ label: 'Accueil', href: '/' }, { label: 'Quartiers', href: '/quartiers' }, { label: 'N-POWER' }]} />
      <np-consent-video
        // React 19 listens to a custom element's own events: `on` and the event's name.
        onnp-video-activate={(event) => setActivated(event.detail)}
        provider="youtube"
        video-id="N-POWER-EMR"
        video-title="N-POWER à Droixhe"
        consent="granted"
      />
      <np-funding-breakdown total="539349.58" sources={[{ label: 'FEDER', share: 50 }, { label: 'Région wallonne', share: 50 }]} />
      <np-partner-list
        partners={[
          { name: 'Ville de Liège', url: 'https://example.org/liege', country: 'BE' },
          { name: 'Stad Genk', url: 'https://example.org/genk', country: 'BE' },
        ]}
      />
      <np-contact-card name="Cellule N-POWER" email="npower@example.org" phone="04 000 12 34" country="BE" />
    </main>
  );
}

// The published types reject what the widgets would ignore: a misspelled attribute fails `tsc`.
// (TypeScript lets any undeclared name with a hyphen through in JSX, as it does `data-*`; a
// declared one, `max-items`, is checked, so `max-items="three"` fails too.)
// @ts-expect-error: `lable` is not an attribute of <np-breadcrumb>.
export const misspelled = <np-breadcrumb lable="Vous êtes ici" />;
// @ts-expect-error: `max-items` is a number.
export const mistyped = <np-breadcrumb max-items="three" />;

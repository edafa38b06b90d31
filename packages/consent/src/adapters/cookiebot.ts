import type { ConsentAdapter } from '../types.js';
import { listen, pageGlobal } from './listen.js';

interface Cookiebot {
  consent?: Record<string, boolean>;
  hasResponse?: boolean;
  renew?: () => void;
}

/** Cookiebot: `Cookiebot.consent.<category>` (default `marketing`); preferences through `Cookiebot.renew()`. */
export function cookiebotAdapter(): ConsentAdapter {
  const api = () => pageGlobal<Cookiebot>('Cookiebot');
  return {
    name: 'cookiebot',
    isPresent: () => !!api()?.consent,
    decision(_service, { category = 'marketing' }) {
      const cookiebot = api()!;
      if (!cookiebot.hasResponse) return 'unknown';
      return cookiebot.consent![category] ? 'granted' : 'denied';
    },
    watch(onChange) {
      const stopReady = listen(window, ['CookiebotOnConsentReady'], onChange);
      // Fired when the visitor accepts or declines in the banner (and on load, before any click).
      const stopSaved = listen(window, ['CookiebotOnAccept', 'CookiebotOnDecline'], onChange, true);
      return () => {
        stopReady();
        stopSaved();
      };
    },
    canOpenPreferences: () => typeof api()?.renew === 'function',
    openPreferences() {
      api()!.renew?.();
      return !!api()!.renew;
    },
  };
}

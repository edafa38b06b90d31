import type { ConsentAdapter } from '../types.js';
import { listen, pageGlobal } from './listen.js';

interface CookieConsent {
  validConsent(): boolean;
  acceptedCategory(category: string): boolean;
  acceptedService(service: string, category: string): boolean;
  acceptService(services: string[], category: string): void;
  getUserPreferences(): { acceptedServices?: Record<string, string[]> };
  getConfig(field: 'categories'): Record<string, { services?: Record<string, unknown> }> | undefined;
  showPreferences(): void;
}

/** The buttons that save the visitor's choices: in its dialogs, and the site's own (documented `data-cc`). */
const savingButtons = [
  '#cc-main [data-role="all"]',
  '#cc-main [data-role="necessary"]',
  '#cc-main [data-role="save"]',
  '[data-cc="accept-all"]',
  '[data-cc="accept-necessary"]',
  '[data-cc="accept-custom"]',
].join(',');

/**
 * cookieconsent v3 (orestbida): the service when the category lists it, else the category
 * (default `marketing`).
 */
export function cookieconsentAdapter(): ConsentAdapter {
  const api = () => pageGlobal<CookieConsent>('CookieConsent')!;
  const isListed = (service: string, category: string) => !!api().getConfig('categories')?.[category]?.services?.[service];
  /**
   * One service of a category, once the visitor has made their choices (before that, saving
   * would record every other category's default as their choice).
   */
  const decideOne = (service: string, category: string, value: boolean): boolean => {
    const cc = api();
    if (!cc.validConsent() || !isListed(service, category)) return false;
    // acceptService() rejects the services of the category it is not given: keep the others as they are.
    const accepted = (cc.getUserPreferences().acceptedServices?.[category] ?? []).filter((name) => name !== service);
    cc.acceptService(value ? [...accepted, service] : accepted, category);
    return true;
  };
  return {
    name: 'cookieconsent',
    isPresent: () => typeof pageGlobal<CookieConsent>('CookieConsent')?.acceptedCategory === 'function',
    decision(service, { category = 'marketing' }) {
      const cc = api();
      if (!cc.validConsent()) return 'unknown';
      const granted = cc.acceptedCategory(category) && (!isListed(service, category) || cc.acceptedService(service, category));
      return granted ? 'granted' : 'denied';
    },
    watch(onChange) {
      // cc:onConsent fires on the first choice (and on each page load with a valid consent, before
      // any click); cc:onChange when a save changed something. Saving unchanged fires neither, only
      // the dialog's closing, which closing with × or Escape fires too: the visitor's press on one
      // of its saving buttons (its own, or a site's `data-cc` ones) tells the two apart.
      const stopSaved = listen(window, ['cc:onConsent', 'cc:onChange'], onChange, true);
      const stopClosed = listen(window, ['cc:onModalHide'], onChange);
      const pressed = (event: Event) => {
        if ((event.target as Element | null)?.closest?.(savingButtons)) onChange(true);
      };
      document.addEventListener('click', pressed, true);
      return () => {
        stopSaved();
        stopClosed();
        document.removeEventListener('click', pressed, true);
      };
    },
    decide: (service, { category = 'marketing' }, granted) => decideOne(service, category, granted),
    canOpenPreferences: () => typeof api()?.showPreferences === 'function',
    openPreferences() {
      if (typeof api()?.showPreferences !== 'function') return false;
      api().showPreferences();
      return true;
    },
  };
}

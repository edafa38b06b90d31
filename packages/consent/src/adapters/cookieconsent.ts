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
    // cc:onConsent also fires on each page load with a valid consent, before any click; saving
    // the preferences unchanged fires no consent event, only the modal's closing.
    watch: (onChange) => listen(window, ['cc:onConsent', 'cc:onChange', 'cc:onModalHide'], onChange, true),
    decide: (service, { category = 'marketing' }, granted) => decideOne(service, category, granted),
    openPreferences() {
      api().showPreferences();
      return true;
    },
  };
}

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
  return {
    name: 'cookieconsent',
    isPresent: () => typeof pageGlobal<CookieConsent>('CookieConsent')?.acceptedCategory === 'function',
    decision(service, { category = 'marketing' }) {
      const cc = api();
      if (!cc.validConsent()) return 'unknown';
      const granted = cc.acceptedCategory(category) && (!isListed(service, category) || cc.acceptedService(service, category));
      return granted ? 'granted' : 'denied';
    },
    watch: (onChange) => listen(window, ['cc:onConsent', 'cc:onChange'], onChange),
    accept(service, { category = 'marketing' }) {
      if (!isListed(service, category)) return false;
      // acceptService() rejects the services it is not given: keep those already accepted.
      const accepted = api().getUserPreferences().acceptedServices?.[category] ?? [];
      api().acceptService([...accepted, service], category);
      return true;
    },
    openPreferences() {
      api().showPreferences();
      return true;
    },
  };
}

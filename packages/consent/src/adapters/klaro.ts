import type { ConsentAdapter } from '../types.js';
import { pageGlobal } from './listen.js';

interface KlaroWatcher {
  update(manager: unknown, eventType: string): void;
}

interface KlaroManager {
  confirmed?: boolean;
  getConsent(service: string): boolean;
  updateConsent(service: string, value: boolean): void;
  saveConsents(type?: string): void;
  applyConsents(dryRun?: boolean, alwaysConfirmed?: boolean, serviceName?: string): void;
  watch(watcher: KlaroWatcher): void;
  unwatch(watcher: KlaroWatcher): void;
}

interface Klaro {
  getManager?: () => KlaroManager;
  show?: (config?: unknown, modal?: boolean) => void;
}

/** Saves one service's consent and applies it to that service only; false before the visitor's first choice. */
function decideOne(klaro: KlaroManager, service: string, value: boolean): boolean {
  if (!klaro.confirmed) return false;
  klaro.updateConsent(service, value);
  klaro.saveConsents();
  klaro.applyConsents(false, true, service);
  return true;
}

/**
 * Klaro: the service's saved consent in `klaro.getManager()`. Klaro saves every service at
 * once, so one service is accepted or refused there only once the visitor has made their
 * choices (`confirmed`): saving earlier would record the untouched defaults of every other
 * service as the visitor's choice.
 */
export function klaroAdapter(): ConsentAdapter {
  const api = () => pageGlobal<Klaro>('klaro');
  const manager = () => api()!.getManager!();
  return {
    name: 'klaro',
    isPresent: () => typeof api()?.getManager === 'function',
    decision(service) {
      const klaro = manager();
      // Until saved, getConsent() holds toggles the visitor has not confirmed.
      if (!klaro.confirmed) return 'unknown';
      return klaro.getConsent(service) ? 'granted' : 'denied';
    },
    watch(onChange) {
      // `consents` fires on every toggle in the modal, before Save; `saveConsents` on every Save, changed or not.
      const watcher: KlaroWatcher = {
        update: (_manager, eventType) => eventType !== 'consents' && onChange(eventType === 'saveConsents'),
      };
      const klaro = manager();
      klaro.watch(watcher);
      return () => klaro.unwatch(watcher);
    },
    decide: (service, _options, granted) => decideOne(manager(), service, granted),
    canOpenPreferences: () => typeof api()?.show === 'function',
    openPreferences() {
      api()!.show?.(undefined, true);
      return !!api()!.show;
    },
  };
}

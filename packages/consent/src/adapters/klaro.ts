import type { ConsentAdapter } from '../types.js';
import { pageGlobal } from './listen.js';

interface KlaroWatcher {
  update(manager: unknown, eventType: string): void;
}

interface KlaroManager {
  confirmed?: boolean;
  getConsent(service: string): boolean;
  updateConsent(service: string, value: boolean): void;
  saveAndApplyConsents(): void;
  watch(watcher: KlaroWatcher): void;
  unwatch(watcher: KlaroWatcher): void;
}

interface Klaro {
  getManager?: () => KlaroManager;
  show?: (config?: unknown, modal?: boolean) => void;
}

/** Klaro: the service's saved consent in `klaro.getManager()`; one service accepted with `updateConsent`. */
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
      const watcher: KlaroWatcher = { update: (_manager, eventType) => eventType !== 'consents' && onChange() };
      const klaro = manager();
      klaro.watch(watcher);
      return () => klaro.unwatch(watcher);
    },
    accept(service) {
      const klaro = manager();
      klaro.updateConsent(service, true);
      klaro.saveAndApplyConsents();
      return true;
    },
    openPreferences() {
      api()!.show?.(undefined, true);
      return !!api()!.show;
    },
  };
}

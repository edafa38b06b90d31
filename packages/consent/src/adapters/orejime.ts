import type { ConsentAdapter } from '../types.js';
import { pageGlobal } from './listen.js';

type Watcher = { update(): void };

/** Orejime 3 (`manager.on`) and 2 (`internals.manager.watch`) share `getConsent`. */
interface OrejimeManager {
  confirmed?: boolean;
  getConsent(name: string): boolean | undefined;
  setConsent?: (name: string, value: boolean) => void;
  updateConsent?: (name: string, value: boolean) => void;
  saveAndApplyConsents?: () => void;
  on?: (event: 'update', handler: () => void) => void;
  off?: (event: 'update', handler: () => void) => void;
  watch?: (watcher: Watcher) => void;
  unwatch?: (watcher: Watcher) => void;
}

interface Orejime {
  manager?: OrejimeManager;
  internals?: { manager?: OrejimeManager };
  prompt?: () => void;
  show?: () => void;
}

/** Orejime 2 and 3: the purpose (or app) named like the service. */
export function orejimeAdapter(): ConsentAdapter {
  const api = () => pageGlobal<Orejime>('orejime');
  const manager = () => (api()?.manager ?? api()?.internals?.manager)!;
  return {
    name: 'orejime',
    isPresent: () => !!(api()?.manager ?? api()?.internals?.manager),
    decision(service) {
      const orejime = manager();
      const consent = orejime.getConsent(service);
      // Orejime 2 answers false before any choice; `confirmed` tells whether it was saved.
      if (consent === undefined || orejime.confirmed === false) return 'unknown';
      return consent ? 'granted' : 'denied';
    },
    watch(onChange) {
      const orejime = manager();
      if (orejime.on) {
        orejime.on('update', onChange);
        return () => orejime.off?.('update', onChange);
      }
      const watcher = { update: onChange };
      orejime.watch?.(watcher);
      return () => orejime.unwatch?.(watcher);
    },
    accept(service) {
      const orejime = manager();
      if (orejime.setConsent) orejime.setConsent(service, true);
      else {
        orejime.updateConsent?.(service, true);
        orejime.saveAndApplyConsents?.();
      }
      return true;
    },
    openPreferences() {
      const orejime = api()!;
      (orejime.prompt ?? orejime.show)?.call(orejime);
      return !!(orejime.prompt ?? orejime.show);
    },
  };
}

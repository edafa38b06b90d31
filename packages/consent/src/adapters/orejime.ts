import type { ConsentAdapter } from '../types.js';
import { pageGlobal } from './listen.js';

type Watcher = { update(): void };

/** Orejime 3 (`manager.on`) and 2 (`internals.manager.watch`) share `getConsent`. */
interface OrejimeManager {
  confirmed?: boolean;
  getConsent(name: string): boolean | undefined;
  /** Orejime 3: a purpose still waits for the visitor's choice. */
  isDirty?: () => boolean;
  setConsent?: (name: string, value: boolean) => void;
  updateConsent?: (name: string, value: boolean) => void;
  saveAndApplyConsents?: () => void;
  on?: (event: 'update' | 'dirty', handler: () => void) => void;
  off?: (event: 'update' | 'dirty', handler: () => void) => void;
  watch?: (watcher: Watcher) => void;
  unwatch?: (watcher: Watcher) => void;
}

interface Orejime {
  manager?: OrejimeManager;
  internals?: { manager?: OrejimeManager };
  prompt?: () => void;
  show?: () => void;
}

/** Records one purpose's consent; false before the visitor's first choice. */
function decideOne(orejime: OrejimeManager, service: string, value: boolean): boolean {
  if (orejime.confirmed === false || orejime.isDirty?.()) return false;
  if (orejime.setConsent) orejime.setConsent(service, value);
  else {
    orejime.updateConsent?.(service, value);
    orejime.saveAndApplyConsents?.();
  }
  return true;
}

/**
 * Orejime 2 and 3: the purpose (or app) named like the service. Orejime writes every purpose
 * at once, so one is accepted or refused there only once the visitor has made their choices:
 * writing earlier would record the untouched defaults of the others as the visitor's choice.
 */
export function orejimeAdapter(): ConsentAdapter {
  const api = () => pageGlobal<Orejime>('orejime');
  const manager = () => (api()?.manager ?? api()?.internals?.manager)!;
  return {
    name: 'orejime',
    isPresent: () => !!(api()?.manager ?? api()?.internals?.manager),
    decision(service) {
      const orejime = manager();
      const consent = orejime.getConsent(service);
      // Both answer the default before any choice: `isDirty()` (3) or `confirmed` (2) tell whether it was saved.
      if (consent === undefined || orejime.confirmed === false || orejime.isDirty?.()) return 'unknown';
      return consent ? 'granted' : 'denied';
    },
    watch(onChange) {
      const orejime = manager();
      if (orejime.on) {
        // `update` fires on every Save, changed or not, but before `isDirty()` knows: `dirty` follows.
        const saved = () => onChange(true);
        const changed = () => onChange();
        orejime.on('update', saved);
        orejime.on('dirty', changed);
        return () => {
          orejime.off?.('update', saved);
          orejime.off?.('dirty', changed);
        };
      }
      const watcher = { update: () => onChange(true) };
      orejime.watch?.(watcher);
      return () => orejime.unwatch?.(watcher);
    },
    accept: (service) => decideOne(manager(), service, true),
    reject: (service) => decideOne(manager(), service, false),
    openPreferences() {
      const orejime = api()!;
      (orejime.prompt ?? orejime.show)?.call(orejime);
      return !!(orejime.prompt ?? orejime.show);
    },
  };
}

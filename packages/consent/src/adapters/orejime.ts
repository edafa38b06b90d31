import type { ConsentAdapter } from '../types.js';
import { pageGlobal } from './listen.js';

type Event = 'update' | 'dirty';

interface OrejimeManager {
  getConsent(purpose: string): boolean | undefined;
  /** A purpose still waits for the visitor's choice. */
  isDirty(): boolean;
  setConsent(purpose: string, value: boolean): void;
  on(event: Event, handler: () => void): void;
  off(event: Event, handler: () => void): void;
}

interface Orejime {
  manager?: OrejimeManager;
  prompt(): void;
}

/**
 * Orejime 3: the purpose named like the service. Orejime writes every purpose at once, so one
 * is accepted or refused there only once the visitor has made their choices: writing earlier
 * would record the untouched defaults of the others as the visitor's choice.
 */
export function orejimeAdapter(): ConsentAdapter {
  const api = () => pageGlobal<Orejime>('orejime');
  const manager = () => api()!.manager!;
  return {
    name: 'orejime',
    isPresent: () => !!api()?.manager?.on,
    decision(service) {
      const orejime = manager();
      const consent = orejime.getConsent(service);
      // Before any choice it answers the defaults: `isDirty()` tells whether they were saved.
      if (consent === undefined || orejime.isDirty()) return 'unknown';
      return consent ? 'granted' : 'denied';
    },
    watch(onChange) {
      const orejime = manager();
      // `update` fires on every Save, changed or not, but before `isDirty()` knows: `dirty` follows.
      const saved = () => onChange(true);
      const changed = () => onChange();
      orejime.on('update', saved);
      orejime.on('dirty', changed);
      return () => {
        orejime.off('update', saved);
        orejime.off('dirty', changed);
      };
    },
    decide(service, _options, granted) {
      const orejime = manager();
      if (orejime.isDirty()) return false;
      orejime.setConsent(service, granted);
      return true;
    },
    canOpenPreferences: () => typeof api()?.prompt === 'function',
    openPreferences() {
      if (typeof api()?.prompt !== 'function') return false;
      api()!.prompt();
      return true;
    },
  };
}

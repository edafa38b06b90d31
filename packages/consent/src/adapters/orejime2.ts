import type { ConsentAdapter } from '../types.js';
import { pageGlobal } from './listen.js';

interface App {
  name: string;
}

interface Orejime2Manager {
  /** True once the visitor has saved their choices (or a cookie holds every app's). */
  confirmed: boolean;
  /** The current toggles, saved or not: the modal changes them before Save. */
  consents: Record<string, boolean>;
  getApp(name: string): App | undefined;
  updateConsent(app: App, value: boolean): void;
  saveConsents(): void;
  saveAndApplyConsents(): void;
}

interface Orejime2 {
  show?: () => void;
  internals?: { manager?: Orejime2Manager };
}

/**
 * Orejime 2 (`window.orejime.internals.manager`, the app named like the service), which city
 * sites still run. It tells its watchers of every toggle but of no save, so the adapter hears
 * saves by wrapping the manager's `saveConsents`, and reads what was saved then, not the toggles
 * of a dialog the visitor has not saved. Like Orejime 3, it writes every app at once, so one is
 * accepted or refused there only once the visitor has made their choices.
 */
export function orejime2Adapter(): ConsentAdapter {
  const api = () => pageGlobal<Orejime2>('orejime');
  const manager = () => api()!.internals!.manager!;
  /** What the visitor saved, as of the last save or the cookie read on load. */
  let saved: Record<string, boolean> | undefined;
  const readSaved = (orejime: Orejime2Manager) => {
    saved = orejime.confirmed ? { ...orejime.consents } : undefined;
  };
  return {
    name: 'orejime',
    isPresent: () => typeof api()?.internals?.manager?.saveConsents === 'function',
    decision(service) {
      const orejime = manager();
      if (!orejime.getApp(service) || !orejime.confirmed) return 'unknown';
      saved ??= { ...orejime.consents };
      return saved[service] ? 'granted' : 'denied';
    },
    watch(onChange) {
      const orejime = manager();
      readSaved(orejime);
      const save = orejime.saveConsents;
      const heard = function (this: Orejime2Manager) {
        save.call(this);
        readSaved(this);
        onChange(true);
      };
      orejime.saveConsents = heard;
      return () => {
        // Put back only what this adapter replaced.
        if (orejime.saveConsents === heard) orejime.saveConsents = save;
        saved = undefined;
      };
    },
    decide(service, _options, granted) {
      const orejime = manager();
      const app = orejime.getApp(service);
      if (!app || !orejime.confirmed) return false;
      orejime.updateConsent(app, granted);
      orejime.saveAndApplyConsents();
      return true;
    },
    canOpenPreferences: () => typeof api()?.show === 'function',
    openPreferences() {
      if (typeof api()?.show !== 'function') return false;
      api()!.show!();
      return true;
    },
  };
}

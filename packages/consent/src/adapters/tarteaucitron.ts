import type { ConsentAdapter } from '../types.js';
import { listen, pageGlobal } from './listen.js';

interface Tarteaucitron {
  state?: Record<string, boolean | undefined>;
  job?: string[];
  setConsent?: (service: string, value: boolean) => void;
  userInterface?: { openPanel?: () => void };
}

/**
 * Answers for one service, once the visitor has answered tarteaucitron for any service: before
 * that, writing would record an answer they never gave there. setConsent goes through the
 * service's line in the panel, which must exist.
 */
function respond(service: string, value: boolean): boolean {
  const tac = pageGlobal<Tarteaucitron>('tarteaucitron');
  const answered = (tac?.job ?? []).some((key) => typeof tac!.state?.[key] === 'boolean');
  if (!answered || !tac?.setConsent || !document.getElementById(`${service}Allowed`)) return false;
  tac.setConsent(service, value);
  return true;
}

/** tarteaucitron.js: `tarteaucitron.state[service]`, updated on each `tac.consent_updated`. (Only one service is written.) */
export function tarteaucitronAdapter(): ConsentAdapter {
  const api = () => pageGlobal<Tarteaucitron>('tarteaucitron');
  return {
    name: 'tarteaucitron',
    // Ready once the page has pushed its services (`job`): the remembered choices are read then.
    isPresent: () => !!api()?.state && !!api()!.job?.length,
    decision(service) {
      const state = api()!.state![service];
      return state === true ? 'granted' : state === false ? 'denied' : 'unknown';
    },
    watch(onChange) {
      // A choice remembered from an earlier visit is read after load, with no consent event:
      // only each service's `<key>_added`.
      const jobs = api()!.job;
      const stopAdded = listen(document, Array.isArray(jobs) ? jobs.map((key) => `${key}_added`) : [], onChange);
      // Each answer in its banner or panel is saved at once, and fires this; closing the panel saves nothing.
      const stopUpdated = listen(document, ['tac.consent_updated'], onChange, true);
      return () => {
        stopAdded();
        stopUpdated();
      };
    },
    decide: (service, _options, granted) => respond(service, granted),
    canOpenPreferences: () => typeof api()?.userInterface?.openPanel === 'function',
    openPreferences() {
      api()!.userInterface?.openPanel?.();
      return !!api()!.userInterface?.openPanel;
    },
  };
}

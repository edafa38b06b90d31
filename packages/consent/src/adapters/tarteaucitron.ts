import type { ConsentAdapter } from '../types.js';
import { listen, pageGlobal } from './listen.js';

interface Tarteaucitron {
  state?: Record<string, boolean | undefined>;
  setConsent?: (service: string, value: boolean) => void;
  userInterface?: { openPanel?: () => void };
}

/** tarteaucitron.js: `tarteaucitron.state[service]`, updated on each `tac.consent_updated`. */
export function tarteaucitronAdapter(): ConsentAdapter {
  const api = () => pageGlobal<Tarteaucitron>('tarteaucitron');
  return {
    name: 'tarteaucitron',
    isPresent: () => !!api()?.state,
    decision(service) {
      const state = api()!.state![service];
      return state === true ? 'granted' : state === false ? 'denied' : 'unknown';
    },
    watch: (onChange) => listen(document, ['tac.consent_updated'], onChange),
    accept(service) {
      // setConsent answers through the service's line in the panel, which must exist.
      if (!api()!.setConsent || !document.getElementById(`${service}Allowed`)) return false;
      api()!.setConsent!(service, true);
      return true;
    },
    openPreferences() {
      api()!.userInterface?.openPanel?.();
      return !!api()!.userInterface?.openPanel;
    },
  };
}

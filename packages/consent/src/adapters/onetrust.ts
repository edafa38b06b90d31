import type { ConsentAdapter } from '../types.js';
import { listen, pageGlobal } from './listen.js';

interface OneTrust {
  IsAlertBoxClosed?: () => boolean;
  ToggleInfoDisplay?: () => void;
}

/**
 * The usual category names mapped to OneTrust's default groups; a site may also give a group
 * id itself (`category="C0007"`).
 */
const groups: Record<string, string> = {
  necessary: 'C0001',
  statistics: 'C0002',
  preferences: 'C0003',
  marketing: 'C0004',
  social: 'C0005',
};

/** OneTrust: the category's group in `OnetrustActiveGroups`, updated by `OneTrustGroupsUpdated`. */
export function onetrustAdapter(): ConsentAdapter {
  const api = () => pageGlobal<OneTrust>('OneTrust');
  return {
    name: 'onetrust',
    isPresent: () => typeof pageGlobal('OnetrustActiveGroups') === 'string',
    decision(_service, { category = 'marketing' }) {
      const active = pageGlobal<string>('OnetrustActiveGroups')!.split(',');
      if (active.includes(groups[category] ?? category)) return 'granted';
      return api()?.IsAlertBoxClosed?.() ? 'denied' : 'unknown';
    },
    // Fired on load and whenever the visitor saves, changed or not.
    watch: (onChange) => listen(window, ['OneTrustGroupsUpdated'], onChange, true),
    canOpenPreferences: () => typeof api()?.ToggleInfoDisplay === 'function',
    openPreferences() {
      api()?.ToggleInfoDisplay?.();
      return !!api()?.ToggleInfoDisplay;
    },
  };
}

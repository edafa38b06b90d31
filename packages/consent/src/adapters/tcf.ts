import type { ConsentAdapter, ConsentDecision } from '../types.js';
import { pageGlobal } from './listen.js';

interface TCData {
  gdprApplies?: boolean;
  eventStatus?: string;
  listenerId?: number;
  purpose?: { consents?: Record<string, boolean> };
  vendor?: { consents?: Record<string, boolean> };
}

type TcfApi = (command: string, version: number, callback: (data: TCData, success: boolean) => void, parameter?: unknown) => void;

/**
 * IAB TCF v2.2 (`__tcfapi`): granted with consent to purpose 1 (storing information on a
 * device) and, when a vendor id is given (`vendor` attribute), to that vendor.
 */
export function tcfAdapter(): ConsentAdapter {
  let latest: TCData | undefined;
  const api = () => pageGlobal<TcfApi>('__tcfapi');
  return {
    name: 'tcf',
    isPresent: () => typeof api() === 'function',
    decision(_service, { vendor }): ConsentDecision {
      if (!latest) return 'unknown';
      if (latest.gdprApplies === false) return 'granted';
      const purposeOne = !!latest.purpose?.consents?.[1];
      const vendorOk = !vendor || !!latest.vendor?.consents?.[vendor];
      return purposeOne && vendorOk ? 'granted' : 'denied';
    },
    watch(onChange) {
      let listenerId: number | undefined;
      api()!('addEventListener', 2, (data, success) => {
        if (!success) return;
        listenerId = data.listenerId;
        // Not `cmpuishown`: while the CMP's dialog is open, the previous choices still hold.
        if (data.gdprApplies === false || data.eventStatus === 'tcloaded' || data.eventStatus === 'useractioncomplete') {
          latest = data;
          // useractioncomplete: the visitor saved, even without changing anything.
          onChange(data.eventStatus === 'useractioncomplete');
        }
      });
      return () => {
        latest = undefined;
        api()?.('removeEventListener', 2, () => {}, listenerId);
      };
    },
  };
}

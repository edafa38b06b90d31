import type { ConsentAdapter } from '../types.js';
import { pageGlobal } from './listen.js';

interface Didomi {
  getCurrentUserStatus(): { vendors?: Record<string, { enabled?: boolean }> };
  shouldConsentBeCollected?: () => boolean;
  openTransaction?: () => { enableVendor(id: string): void; disableVendor(id: string): void; commit(): void };
  preferences?: { show(): void };
}

/**
 * Didomi: the vendor's status in `getCurrentUserStatus()`. The vendor id comes from the
 * `vendor` attribute (an IAB number or a custom `c:…` id), default `c:<service>`.
 */
export function didomiAdapter(): ConsentAdapter {
  const api = () => pageGlobal<Didomi>('Didomi');
  const vendorId = (service: string, vendor?: string) => vendor || `c:${service}`;
  return {
    name: 'didomi',
    isPresent: () => typeof api()?.getCurrentUserStatus === 'function',
    decision(service, { vendor }) {
      const didomi = api()!;
      if (didomi.getCurrentUserStatus().vendors?.[vendorId(service, vendor)]?.enabled) return 'granted';
      return didomi.shouldConsentBeCollected?.() ? 'unknown' : 'denied';
    },
    watch(onChange) {
      let active = true;
      const listeners = (window as unknown as { didomiEventListeners?: unknown[] }).didomiEventListeners ??= [];
      listeners.push({ event: 'consent.changed', listener: () => active && onChange(true) });
      return () => {
        active = false;
      };
    },
    decide(service, { vendor }, granted) {
      const transaction = api()!.openTransaction?.();
      if (!transaction) return false;
      transaction[granted ? 'enableVendor' : 'disableVendor'](vendorId(service, vendor));
      transaction.commit();
      return true;
    },
    openPreferences() {
      api()!.preferences?.show();
      return !!api()!.preferences;
    },
  };
}

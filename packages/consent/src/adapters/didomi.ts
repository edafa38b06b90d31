import type { ConsentAdapter } from '../types.js';
import { pageGlobal } from './listen.js';

interface Transaction {
  enableVendor(id: string): Transaction;
  disableVendor(id: string): Transaction;
  commit(): unknown;
}

interface Didomi {
  getCurrentUserStatus(): { vendors?: Record<string, { enabled?: boolean }> };
  /** True until the visitor has made their choices (the banner is still to be answered). */
  shouldUserStatusBeCollected?: () => boolean;
  /** The older name of `shouldUserStatusBeCollected`, still documented among the deprecated functions. */
  shouldConsentBeCollected?: () => boolean;
  openCurrentUserStatusTransaction?: () => Transaction;
  preferences?: { show(): void };
}

/**
 * Didomi: the vendor's status in `getCurrentUserStatus()`. The vendor id comes from the
 * `vendor` attribute (an IAB number or a custom `c:…` id), default `c:<service>`.
 *
 * A click is written there (a transaction enabling one vendor) only once the visitor has made
 * their choices: committing earlier counts as the visitor's answer, so every other vendor would
 * read "refused" and the banner would stop asking.
 */
export function didomiAdapter(): ConsentAdapter {
  const api = () => pageGlobal<Didomi>('Didomi');
  const vendorId = (service: string, vendor?: string) => vendor || `c:${service}`;
  /** Whether the visitor still has to answer; true when Didomi cannot say. */
  const stillToChoose = (didomi: Didomi) => (didomi.shouldUserStatusBeCollected ?? didomi.shouldConsentBeCollected)?.call(didomi) ?? true;
  return {
    name: 'didomi',
    isPresent: () => typeof api()?.getCurrentUserStatus === 'function',
    decision(service, { vendor }) {
      const didomi = api()!;
      if (didomi.getCurrentUserStatus().vendors?.[vendorId(service, vendor)]?.enabled) return 'granted';
      return stillToChoose(didomi) ? 'unknown' : 'denied';
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
      const didomi = api()!;
      if (stillToChoose(didomi) || typeof didomi.openCurrentUserStatusTransaction !== 'function') return false;
      const transaction = didomi.openCurrentUserStatusTransaction();
      transaction[granted ? 'enableVendor' : 'disableVendor'](vendorId(service, vendor));
      transaction.commit();
      return true;
    },
    canOpenPreferences: () => typeof api()?.preferences?.show === 'function',
    openPreferences() {
      api()!.preferences?.show();
      return !!api()!.preferences;
    },
  };
}

import { executeServerCommand } from '@web/test-runner-commands';
import { listenForAnnouncements, revoke, storageKey } from '@npower/consent';
import type { NpConsentVideo } from '../src/consent-video.js';

export const shadow = (el: NpConsentVideo) => el.shadowRoot!;
export const player = (el: NpConsentVideo) => shadow(el).querySelector('iframe');
export const playButton = (el: NpConsentVideo) => shadow(el).querySelector<HTMLButtonElement>('[part="play-button"]')!;
export const part = (el: NpConsentVideo, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);

/** Every origin a provider's player, thumbnails, analytics or ads use. */
export const providerHosts: Record<string, RegExp> = {
  youtube: /(^|\.)(youtube\.com|youtube-nocookie\.com|ytimg\.com|googlevideo\.com|google\.com|doubleclick\.net|ggpht\.com|gstatic\.com)$/,
  vimeo: /(^|\.)(vimeo\.com|vimeocdn\.com)$/,
  dailymotion: /(^|\.)(dailymotion\.com|dai\.ly|dmcdn\.net|dm-event\.net)$/,
  peertube: /(^|\.)tube\.example\.org$/,
};

export const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

/**
 * Records the requests the page makes at the browser's network layer where the test runner
 * can (Chromium, Firefox); elsewhere `supported` is false and tests look at what the page saw.
 */
export async function recordRequests(): Promise<{ supported: boolean; read(): Promise<string[]>; stop(): Promise<string[]> }> {
  const { supported } = (await executeServerCommand('np-record-requests', { action: 'start' })) as { supported: boolean };
  const command = async (action: string) => ((await executeServerCommand('np-record-requests', { action })) as { urls: string[] }).urls;
  return { supported, read: () => command('read'), stop: () => command('stop') };
}

/** What the page itself can tell about the requests it made. */
export function pageRequests(): string[] {
  return performance.getEntriesByType('resource').map((entry) => entry.name);
}

export function resetConsent(): void {
  // What the site announced belongs to the page, not to a test.
  listenForAnnouncements().heard.clear();
  for (const service of ['youtube', 'vimeo', 'dailymotion', 'peertube', 'city-video']) revoke(service);
  localStorage.removeItem(storageKey);
}

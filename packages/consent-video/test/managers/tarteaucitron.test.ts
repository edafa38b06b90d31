import { waitUntil } from '@open-wc/testing';
import { describeRealManager } from './real-manager-suite.js';

describeRealManager({
  name: 'tarteaucitron',
  cookies: ['np_test_tac'],
  // tarteaucitron wires its buttons some time after showing them, and says when.
  ready: (page) =>
    waitUntil(() => (page.window as Window & { npManagerReady?: boolean }).npManagerReady, 'tarteaucitron never made its buttons work', {
      timeout: 10000,
    }),
  acceptAll: (page) => page.click('#tarteaucitronPersonalize2'),
  refuseAll: (page) => page.click('#tarteaucitronAllDenied2'),
  async withdraw(page) {
    await page.clickVideo('preferences-button');
    // Its panel records each service's button at once. Closing the panel after refusing a
    // service that ran reloads the page (tarteaucitron's choice): the panel is left open.
    await page.click('#youtubeDenied');
  },
  recordsClick: true,
});

import { describeRealManager } from './real-manager-suite.js';

describeRealManager({
  name: 'tcf',
  cookies: [],
  storage: ['euconsent-v2'],
  acceptAll: (page) => page.click('#tcf-accept'),
  refuseAll: (page) => page.click('#tcf-refuse'),
  async withdraw(page) {
    // TCF has no command to open the CMP: the page declares its own (data-np-consent-preferences).
    await page.clickVideo('preferences-button');
    await page.click('#tcf-refuse');
  },
  // TCF consents per vendor, not per video service: a click holds for this page view.
  recordsClick: false,
});

import { describeRealManager } from './real-manager-suite.js';

describeRealManager({
  name: 'klaro',
  cookies: ['np_test_klaro'],
  acceptAll: (page) => page.click('#klaro .cookie-notice .cm-btn-success'),
  refuseAll: (page) => page.click('#klaro .cookie-notice .cn-decline'),
  async withdraw(page) {
    await page.clickVideo('preferences-button');
    await page.click('#klaro #service-item-youtube');
    await page.click('#klaro .cm-modal .cm-btn-accept');
  },
  recordsClick: true,
});

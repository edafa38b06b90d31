import { describeRealManager } from './real-manager-suite.js';

describeRealManager({
  name: 'orejime2',
  cookies: ['np_test_orejime2'],
  acceptAll: (page) => page.click('.orejime-Notice-saveButton'),
  refuseAll: (page) => page.click('.orejime-Notice-declineButton'),
  async withdraw(page) {
    await page.clickVideo('preferences-button');
    await page.click('#orejime-app-item-youtube');
    await page.click('.orejime-Modal-saveButton');
  },
  recordsClick: true,
});

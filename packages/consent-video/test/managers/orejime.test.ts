import { describeRealManager } from './real-manager-suite.js';

describeRealManager({
  name: 'orejime',
  cookies: ['np_test_orejime'],
  acceptAll: (page) => page.click('.orejime-Banner-saveButton'),
  refuseAll: (page) => page.click('.orejime-Banner-declineButton'),
  async withdraw(page) {
    await page.clickVideo('preferences-button');
    await page.click('#orejime-purpose-youtube');
    await page.click('.orejime-Modal-saveButton');
  },
  recordsClick: true,
});

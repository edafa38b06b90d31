import { expect } from '@open-wc/testing';
import { forget, openManagerPage } from './harness.js';
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

describe('a click before the visitor’s first choice in Orejime', () => {
  afterEach(() => forget(['np_test_orejime']));

  it('records nothing in Orejime: the other purposes’ defaults stay undecided', async () => {
    forget(['np_test_orejime']);
    const page = await openManagerPage('orejime');
    await page.clickVideo('play-button');
    await page.expectPlayer(true, 'the click did not play the video');
    expect(page.document.cookie).not.to.include('np_test_orejime');
  });
});

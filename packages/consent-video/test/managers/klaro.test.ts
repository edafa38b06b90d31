import { expect } from '@open-wc/testing';
import { forget, openManagerPage } from './harness.js';
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

describe('a click before the visitor’s first choice in Klaro', () => {
  afterEach(() => forget(['np_test_klaro']));

  it('records nothing in Klaro: the other services’ defaults stay undecided and the banner stays', async () => {
    forget(['np_test_klaro']);
    const page = await openManagerPage('klaro');
    await page.clickVideo('play-button');
    await page.expectPlayer(true, 'the click did not play the video');
    expect(page.document.cookie).not.to.include('np_test_klaro');
    expect(page.document.querySelector('#klaro .cookie-notice')).not.to.equal(null);
  });
});

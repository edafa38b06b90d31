import { aTimeout } from '@open-wc/testing';
import { describeRealManager } from './real-manager-suite.js';

describeRealManager({
  name: 'cookieconsent',
  cookies: ['np_test_cc'],
  // Its modals fade in; their buttons work from the start.
  ready: () => aTimeout(150),
  acceptAll: (page) => page.click('#cc-main .cm__btn[data-role="all"]'),
  refuseAll: (page) => page.click('#cc-main .cm__btn[data-role="necessary"]'),
  async withdraw(page) {
    await page.clickVideo('preferences-button');
    await page.click('#cc-main input.section__toggle[data-category="marketing"][value="youtube"]');
    await page.click('#cc-main .pm__btn[data-role="save"]');
  },
  recordsClick: true,
});

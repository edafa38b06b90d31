import { expect } from '@open-wc/testing';
import '../src/define.js';
import type { NpContactCard } from '../src/contact-card.js';
import { contacts } from '../../../test-support/cms/index.js';
import { describeCorpus } from '../../../test-support/cms/suite.js';

/* Contact blocks from Plone, Drupal and WordPress, with the attributes a city fills from them (test-support/cms/). */
const clean = (value: string | null | undefined) => (value ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describeCorpus('np-contact-card', '<np-contact-card> with the contact blocks real CMSes print', contacts, (el: NpContactCard, sample) => {
  const phone = el.shadowRoot!.querySelector('[part="phone-link"]');
  if (sample.expected.tel) expect(phone?.getAttribute('href')).to.equal(sample.expected.tel);
  if (sample.expected.phoneDisplay) expect(clean(phone?.textContent)).to.equal(sample.expected.phoneDisplay);
});

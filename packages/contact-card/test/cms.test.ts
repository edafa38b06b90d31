import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { NpContactCard } from '../src/contact-card.js';
import { contacts } from '../../../test-support/cms/index.js';
import { mountSample } from '../../../test-support/cms/mount.js';

/* Contact blocks from Plone, Drupal and WordPress, with the attributes a city fills from them (test-support/cms/). */
const clean = (value: string | null | undefined) => (value ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe('<np-contact-card> with the contact blocks real CMSes print', () => {
  afterEach(() => {
    sinon.restore();
    document.querySelectorAll('np-contact-card').forEach((el) => el.remove());
  });

  for (const sample of contacts) {
    it(`${sample.cms}: ${sample.name}`, async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await mountSample<NpContactCard>('np-contact-card', sample);
      const phone = el.shadowRoot!.querySelector('[part="phone-link"]');
      if (sample.expected.tel) expect(phone?.getAttribute('href')).to.equal(sample.expected.tel);
      if (sample.expected.phoneDisplay) expect(clean(phone?.textContent)).to.equal(sample.expected.phoneDisplay);
      expect(warn.args.map(([message]) => String(message))).to.deep.equal([]);
    });
  }
});

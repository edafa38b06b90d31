import { expect } from '@open-wc/testing';
import '../src/define.js';
import type { NpPartnerList } from '../src/partner-list.js';
import { partners } from '../../../test-support/cms/index.js';
import { describeCorpus } from '../../../test-support/cms/suite.js';

/* Partner lists as Plone, Drupal and WordPress print them (test-support/cms/). */
const clean = (value: string | null | undefined) => (value ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describeCorpus('np-partner-list', '<np-partner-list> with the lists real CMSes print', partners, (el: NpPartnerList, sample) => {
  const shown = [...el.shadowRoot!.querySelectorAll('[part="name"]')].map((name) => ({
    name: clean(name.textContent),
    url: name.getAttribute('href') ?? undefined,
  }));
  const expected = sample.expected.map(({ name, url }) => ({ name, url }));
  // Grouped by role, the list keeps the order the CMS gave within each group: compare as sets.
  expect([...shown].sort((a, b) => a.name.localeCompare(b.name))).to.deep.equal(
    [...expected].sort((a, b) => a.name.localeCompare(b.name)),
  );
});

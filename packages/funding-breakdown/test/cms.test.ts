import { expect } from '@open-wc/testing';
import '../src/define.js';
import type { NpFundingBreakdown } from '../src/funding-breakdown.js';
import { fundingBreakdownMessages } from '../src/funding-breakdown.messages.js';
import { budgets } from '../../../test-support/cms/index.js';
import { describeCorpus } from '../../../test-support/cms/suite.js';

/* Budgets as editors type them in Plone, Drupal, WordPress, TYPO3 and Joomla (test-support/cms/). */
const clean = (value: string | null | undefined) => (value ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describeCorpus('np-funding-breakdown', '<np-funding-breakdown> with the budgets real CMSes print', budgets, (el: NpFundingBreakdown, sample) => {
  const currency = sample.attributes?.currency ?? 'EUR';
  const percent = (share: number) => clean(new Intl.NumberFormat(sample.lang, { style: 'percent', maximumFractionDigits: 2 }).format(share / 100));
  const money = (amount: number) => clean(new Intl.NumberFormat(sample.lang, { style: 'currency', currency }).format(amount));
  const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => clean(cell.textContent)));

  // The same funders, in order, each named as written (or by its EU fund's official name), with the figure written.
  expect(rows.map(([name]) => name)).to.have.length(sample.expected.length);
  sample.expected.forEach(({ label, share, amount }, index) => {
    const [name, shown, amountShown] = rows[index]!;
    expect(name === clean(label) || name!.endsWith(`(${clean(label)})`), `${name} for ${label}`).to.equal(true);
    if (share !== undefined) expect(shown, label).to.equal(percent(share));
    if (amount !== undefined) expect(amountShown, label).to.equal(money(amount));
  });
  if (sample.statedTotal !== undefined && !sample.attributes?.total) {
    expect(clean(el.shadowRoot!.querySelector('[part="total"]')?.textContent)).to.equal(money(sample.statedTotal));
  }
  // Nothing misstated: no warning on the page (but that shares without any total cannot be
  // turned into amounts, when the page states no total), none in the console.
  const statesTotal = sample.statedTotal !== undefined || !!sample.attributes?.total;
  const sharesOnly = sample.expected.every(({ amount }) => amount === undefined);
  const expectedWarnings = !statesTotal && sharesOnly ? [clean(fundingBreakdownMessages[sample.lang].noTotal as string)] : [];
  expect([...el.shadowRoot!.querySelectorAll('[part="warning"]')].map((p) => clean(p.textContent))).to.deep.equal(expectedWarnings);
});

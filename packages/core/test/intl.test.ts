import { expect } from '@open-wc/testing';
import {
  collator,
  currencyFormat,
  dateFormat,
  displayNames,
  listFormat,
  numberFormat,
  pluralRules,
} from '../src/intl.js';

describe('cached Intl formatters', () => {
  it('returns one formatter per locale and options', () => {
    expect(numberFormat('fr-BE')).to.equal(numberFormat('fr-BE'));
    expect(numberFormat('fr-BE')).not.to.equal(numberFormat('nl-BE'));
    expect(numberFormat('fr', { maximumFractionDigits: 0 })).not.to.equal(numberFormat('fr'));
    expect(collator('de')).to.equal(collator('de'));
  });

  it('formats in the locale’s conventions', () => {
    expect(currencyFormat('fr-BE', 'EUR').format(539349.58).replace(/\s/g, ' ')).to.equal('539 349,58 €');
    expect(currencyFormat('nl-BE', 'EUR').format(1.5).replace(/\s/g, ' ')).to.equal('€ 1,50');
    expect(dateFormat('fr', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2018, 5, 1))).to.equal(
      'juin 2018',
    );
    expect(displayNames('de', { type: 'region' }).of('BE')).to.equal('Belgien');
    expect(listFormat('fr', { type: 'conjunction' }).format(['a', 'b', 'c'])).to.equal('a, b et c');
    expect(pluralRules('en').select(1)).to.equal('one');
    expect(['é', 'e', 'f'].sort(collator('fr').compare)).to.deep.equal(['e', 'é', 'f']);
  });
});

import { expect } from '@open-wc/testing';
import { nonEmptyText } from '../src/text.js';

describe('nonEmptyText', () => {
  it('trims text', () => expect(nonEmptyText('  Ville de Liège \n')).to.equal('Ville de Liège'));

  it('gives undefined for blank text and for anything that is not a string', () => {
    for (const value of ['', '  \t', undefined, null, 42, 10n, ['Liège'], { fr: 'Liège' }]) {
      expect(nonEmptyText(value)).to.equal(undefined);
    }
  });
});

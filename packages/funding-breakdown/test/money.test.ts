import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { allocate, parseLocaleNumber, toCents } from '../src/money.js';

describe('parseLocaleNumber', () => {
  const cases: [string, string, number][] = [
    ['539.349,58', 'fr-BE', 539349.58],
    ['539 349,58', 'fr', 539349.58],
    ['539\u202f349,58', 'fr', 539349.58],
    ['539,349.58', 'en', 539349.58],
    ['539349.58', 'fr', 539349.58],
    ['269.674,79', 'nl-BE', 269674.79],
    ['1.234.567', 'de', 1234567],
    ['1,234,567', 'en', 1234567],
    ['50', 'fr', 50],
    ['50,5', 'fr', 50.5],
    ['50.5', 'fr', 50.5],
    ['1.500', 'de', 1500],
    ['1,500', 'en', 1500],
    ['1.500', 'en', 1.5],
    ['1,500', 'fr', 1.5],
    ["1'500.50", 'de-CH', 1500.5],
    ['-12,5', 'fr', -12.5],
  ];
  for (const [text, locale, expected] of cases) {
    it(`reads ${text} in ${locale}`, () => expect(parseLocaleNumber(text, locale)).to.equal(expected));
  }
  // 400 digits are Infinity, from which no cent can be worked out.
  for (const text of ['', 'abc', '12,,5', '12,', '--1', '9'.repeat(400)]) {
    it(`refuses ${JSON.stringify(text)}`, () => expect(parseLocaleNumber(text, 'fr')).to.be.NaN);
  }
});

describe('allocate', () => {
  it('splits the seed budget to the cent', () => {
    expect(allocate(toCents(539349.58), [50, 40, 10], 100)).to.deep.equal([26967479, 21573983, 5393496]);
  });

  it('gives the remaining cents to the largest remainders, earlier sources first on ties', () => {
    expect(allocate(100, [1, 1, 1])).to.deep.equal([34, 33, 33]);
    expect(allocate(1000, [33.3, 33.3, 33.4], 100)).to.deep.equal([333, 333, 334]);
  });

  it('leaves the parts short when the shares do not make up the whole', () => {
    expect(allocate(1000, [50, 40], 100)).to.deep.equal([500, 400]);
  });

  it('always adds up to the total, each part within a cent of its exact value', () => {
    // Shares in hundredths of a percent that add up to exactly 100 %.
    const sharesOf100 = fc
      .array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 12 })
      .map((weights) => allocate(10_000, weights).map((points) => points / 100));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), sharesOf100, (totalCents, shares) => {
        const parts = allocate(totalCents, shares, 100);
        expect(parts.reduce((a, b) => a + b, 0)).to.equal(totalCents);
        parts.forEach((part, index) => expect(Math.abs(part - (totalCents * shares[index]!) / 100)).to.be.below(1));
      }),
      { numRuns: 500 },
    );
  });

  it('splits any weights exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.array(fc.nat({ max: 1e9 }), { minLength: 1, maxLength: 20 }), (total, weights) => {
        const parts = allocate(total, weights);
        const sum = weights.reduce((a, b) => a + b, 0);
        expect(parts.reduce((a, b) => a + b, 0)).to.equal(sum ? total : 0);
      }),
      { numRuns: 300 },
    );
  });
});

import { expect } from '@open-wc/testing';
import { parsePhone } from '../src/phone.js';

describe('parsePhone', () => {
  for (const [written, country, e164, display] of [
    // Belgium: one-digit zones, two-digit zones, mobiles; trunk 0 in brackets; 00 for +.
    ['04 221 23 45', 'BE', '+3242212345', '04 221 23 45'],
    ['+32 (0)4 221 23 45', 'BE', '+3242212345', '04 221 23 45'],
    ['0032 4 221 23 45', 'be', '+3242212345', '04 221 23 45'],
    ['+3242212345', 'BE', '+3242212345', '04 221 23 45'],
    ['+3287123456', 'BE', '+3287123456', '087 12 34 56'],
    ['0470123456', 'BE', '+32470123456', '0470 12 34 56'],
    ['087/12.34.56', 'BE', '+3287123456', '087/12.34.56'],
    ['(04) 221 23 45', 'BE', '+3242212345', '04 221 23 45'],
    // The Netherlands: two- and three-digit area codes, mobiles.
    ['045 560 4444', 'NL', '+31455604444', '045 560 4444'],
    ['+31455604444', 'NL', '+31455604444', '045 560 4444'],
    ['0201234567', 'NL', '+31201234567', '020 123 4567'],
    ['0475123456', 'NL', '+31475123456', '0475 123 456'],
    ['+31612345678', 'NL', '+31612345678', '06 1234 5678'],
    ['0881234567', 'NL', '+31881234567', '088 123 4567'],
    ['0912345678', 'NL', '+31912345678', '091 234 5678'],
    // Dutch service numbers: 0800 and 0900 with 4 to 7 digits.
    ['0800 1234', 'NL', '+318001234', '0800 1234'],
    ['09001234567', 'NL', '+319001234567', '0900 1234567'],
    // Germany: area codes of any length, kept as written.
    ['0241 432-0', 'DE', '+492414320', '0241 432-0'],
    ['+49 (0)241 4320', 'DE', '+492414320', '0241 4320'],
    // Beyond the Euregio's three plans, international numbers are taken as written.
    ['+352 27 12 34 56', 'LU', '+35227123456', '+352 27 12 34 56'],
    ['00352 461234', 'BE', '+352461234', '+352 461234'],
    ['+33 3 20 12 34 56', 'FR', '+33320123456', '+33 3 20 12 34 56'],
    // A trunk 0 written apart after the country code leaves no separator behind.
    ['+32 0 4 221 23 45', 'BE', '+3242212345', '04 221 23 45'],
    ['+32 0 4 221 23 45', 'NL', '+3242212345', '+32 4 221 23 45'],
    // A number abroad is shown as dialled from abroad.
    ['+31 45 560 4444', 'BE', '+31455604444', '+31 45 560 4444'],
    ['+49 241 4320', 'BE', '+492414320', '+49 241 4320'],
    ['0032 4 221 23 45', 'DE', '+3242212345', '+32 4 221 23 45'],
    ['+1 202 555 0143', 'BE', '+12025550143', '+1 202 555 0143'],
  ]) {
    it(`reads "${written}" (${country}) as ${e164}, shown "${display}"`, () => {
      expect(parsePhone(written!, country)).to.deep.equal({ e164, display });
    });
  }

  for (const [written, country] of [
    ['04 221 23 45', undefined],
    ['04 221', 'BE'],
    ['+32 4', 'BE'],
    ['4221 2345', 'BE'],
    ['06 1234 56789', 'NL'],
    ['0800 123', 'NL'],
    ['46 12 34', 'LU'],
    ['appelez-nous', 'BE'],
    ['+32 4 221 23 45 ext. 2', 'BE'],
    ['+123', 'BE'],
  ]) {
    it(`refuses "${written}" (${country ?? 'no country'})`, () => {
      expect(parsePhone(written!, country)).to.equal(undefined);
    });
  }
});

/*
 * A TCF v2.2 consent manager for the tests, built on the IAB's own reference code: the real
 * `__tcfapi` of @iabtcf/cmpapi and TC strings encoded by @iabtcf/core. The IAB publishes no
 * banner, so the banner (accept, refuse, manage) is written here, and the TC string is kept
 * where CMPs keep it, under `euconsent-v2`. The Global Vendor List is a local excerpt: nothing
 * is fetched from the IAB.
 */
import { CmpApi, CmpApiModel } from '@iabtcf/cmpapi';
import { GVL, TCModel, TCString } from '@iabtcf/core';

/** The vendor the test pages' videos name with `vendor="755"`. */
export const vendorId = 755;
export const tcStorageKey = 'euconsent-v2';

const vendorList = {
  gvlSpecificationVersion: 3,
  vendorListVersion: 1,
  tcfPolicyVersion: 4,
  lastUpdated: '2026-01-01T00:00:00Z',
  purposes: { 1: { id: 1, name: 'Stocker et/ou accéder à des informations sur un appareil', description: '', descriptionLegal: '' } },
  specialPurposes: {},
  features: {},
  specialFeatures: {},
  stacks: {},
  vendors: {
    [vendorId]: {
      id: vendorId,
      name: 'Fournisseur de vidéos',
      purposes: [1],
      legIntPurposes: [],
      flexiblePurposes: [],
      specialPurposes: [],
      features: [],
      specialFeatures: [],
      policyUrl: 'https://example.org/privacy',
      usesCookies: true,
      cookieMaxAgeSeconds: 0,
      cookieRefresh: false,
      usesNonCookieAccess: false,
    },
  },
};
const gvl = new GVL(vendorList);

/** A TC string with purpose 1 and the vendor accepted, or nothing accepted. */
export function encodeTcString(accepted: boolean): string {
  const model = new TCModel(gvl);
  model.cmpId = 2;
  model.cmpVersion = 1;
  model.consentScreen = 1;
  model.publisherCountryCode = 'BE';
  model.isServiceSpecific = true;
  if (accepted) {
    model.purposeConsents.set(1);
    model.vendorConsents.set(vendorId);
  }
  return TCString.encode(model);
}

/** A fresh `__tcfapi` (the previous one, if any, forgotten). */
export function createCmpApi(): CmpApi {
  CmpApiModel.reset();
  return new CmpApi(2, 1, true);
}

/** The CMP with its banner in `document`, and the site's "Gérer les cookies" control. */
export function startTestCmp(): void {
  const cmp = createCmpApi();

  const banner = document.createElement('div');
  banner.id = 'tcf-banner';
  banner.setAttribute('role', 'dialog');
  banner.setAttribute('aria-label', 'Cookies');
  const save = (accepted: boolean) => {
    const tcString = encodeTcString(accepted);
    localStorage.setItem(tcStorageKey, tcString);
    banner.hidden = true;
    cmp.update(tcString, false);
  };
  const choices: [string, string, boolean][] = [
    ['tcf-accept', 'Tout accepter', true],
    ['tcf-refuse', 'Tout refuser', false],
  ];
  for (const [id, label, accepted] of choices) {
    const button = Object.assign(document.createElement('button'), { id, type: 'button', textContent: label });
    button.addEventListener('click', () => save(accepted));
    banner.append(button);
  }
  document.body.append(banner);

  const reopen = () => {
    banner.hidden = false;
    cmp.update(localStorage.getItem(tcStorageKey) ?? '', true);
  };
  // The site's own "Gérer les cookies" link, and its answer to the widgets' preferences control.
  const manage = Object.assign(document.createElement('button'), { id: 'tcf-manage', type: 'button', textContent: 'Gérer les cookies' });
  manage.addEventListener('click', reopen);
  document.body.append(manage);
  document.documentElement.setAttribute('data-np-consent-preferences', '');
  document.addEventListener('np-consent-preferences', reopen);

  const stored = localStorage.getItem(tcStorageKey);
  banner.hidden = !!stored;
  if (stored) cmp.update(stored, false);
  else cmp.update('', true);
}

import { expect } from '@open-wc/testing';
import { axeViolations, expectNPowerPage, fetchedScripts, openExample, rendered } from './pages.js';

const nPowerPage = '/packages/widgets/examples/n-power.html';

/*
 * The N-POWER project page with its five widgets, under the policy the guide gives:
 * `script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`, and no
 * 'allow-duplicates'. It holds only because one Lit runs on the page.
 */
describe('the N-POWER page under a strict CSP and Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders all five widgets from np-widgets.js alone, with no error, no violation and nothing for axe', async () => {
    const page = await openExample(nPowerPage);
    await rendered(page);
    expectNPowerPage(page);
    expect(page.npProbe.violations).to.deep.equal([]);
    expect(page.npProbe.errors).to.deep.equal([]);
    expect(fetchedScripts(page)).to.deep.equal(['np-widgets.js']);
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('renders the same from np-loader.js, fetching the runtime once and each widget’s chunk once', async () => {
    const page = await openExample(nPowerPage, 'np-loader.js');
    await rendered(page);
    expectNPowerPage(page);
    expect(page.npProbe.violations).to.deep.equal([]);
    expect(page.npProbe.errors).to.deep.equal([]);
    const fetched = fetchedScripts(page).map((path) => path.replace(/-[\w-]{8}\.js$/, '.js'));
    expect(fetched).to.deep.equal([
      'chunks/np-breadcrumb.js',
      'chunks/np-consent-video.js',
      'chunks/np-contact-card.js',
      'chunks/np-funding-breakdown.js',
      'chunks/np-partner-list.js',
      'chunks/np-runtime.js',
      'np-loader.js',
    ]);
    expect(await axeViolations(page)).to.deep.equal([]);
  });
});

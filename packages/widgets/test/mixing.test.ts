import { expect } from '@open-wc/testing';
import { cdnFolder, heard, openProbedPage, rendered, strictPolicy } from './pages.js';

const allInOne = `<script type="module" src="${cdnFolder}np-widgets.js"></script>`;
const standalone = '<script type="module" src="/packages/breadcrumb/dist/cdn/np-breadcrumb.js"></script>';
const widgets =
  '<np-breadcrumb><a href="/">Accueil</a><span>Quartiers</span></np-breadcrumb>' +
  '<np-contact-card name="Maison de quartier de Droixhe" phone="04 000 12 34" country="BE"></np-contact-card>';

const enforcesTrustedTypes = (page: Window) => 'trustedTypes' in page;

/* What the embedding guide says of a page that has np-widgets.js and a standalone file too. */
describe('np-widgets.js and a standalone file on one page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('under `trusted-types lit-html`: the second Lit is refused with one error, and every widget renders from the first', async () => {
    const page = await openProbedPage(strictPolicy() + allInOne + standalone, widgets);
    await rendered(page, ['np-breadcrumb', 'np-contact-card']);
    if (enforcesTrustedTypes(page)) {
      await heard(page, 'errors', 'the second lit-html policy was not refused');
      // What the embedding guide quotes: one TypeError from createPolicy, one trusted-types report.
      expect(page.npProbe.errors).to.have.length(1);
      expect(page.npProbe.errors[0]).to.match(/^TypeError: .*createPolicy.*lit-html/);
      expect(page.npProbe.violations).to.deep.equal(['trusted-types: trusted-types-policy']);
    } else {
      expect(page.npProbe.errors).to.deep.equal([]);
    }
    expect(page.document.querySelector('np-breadcrumb')!.shadowRoot!.querySelectorAll('a')).to.have.length(1);
    expect(page.document.querySelector('np-contact-card')!.shadowRoot!.querySelector('[part="heading"]')).not.to.equal(null);
  });

  it('with `\'allow-duplicates\'`: both files run, and the console stays silent as their versions match', async () => {
    const page = await openProbedPage(strictPolicy("trusted-types lit-html 'allow-duplicates'") + allInOne + standalone, widgets);
    await rendered(page, ['np-breadcrumb', 'np-contact-card']);
    expect(page.npProbe.errors).to.deep.equal([]);
    expect(page.npProbe.violations).to.deep.equal([]);
    expect(page.npProbe.warnings.filter((warning) => warning.includes('np-'))).to.deep.equal([]);
  });

  it('the standalone file first, under `trusted-types lit-html`: only its own widget renders, which is why the guide says put np-widgets.js first', async () => {
    const page = await openProbedPage(strictPolicy() + standalone + allInOne, widgets);
    await rendered(page, ['np-breadcrumb']);
    if (enforcesTrustedTypes(page)) {
      await heard(page, 'errors', 'the second lit-html policy was not refused');
      expect(page.customElements.get('np-contact-card')).to.equal(undefined);
    } else {
      await rendered(page, ['np-contact-card']);
    }
  });
});

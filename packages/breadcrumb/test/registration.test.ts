import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import { defineElement } from '@npower/core';
import { NpBreadcrumb } from '../src/breadcrumb.js';
import { loadModuleScript } from '../../../test-support/pages.js';

describe('registration', () => {
  afterEach(() => sinon.restore());

  it('registers <np-breadcrumb>', () => {
    expect(customElements.get('np-breadcrumb')).to.equal(NpBreadcrumb);
    expect(document.createElement('np-breadcrumb')).to.be.instanceOf(NpBreadcrumb);
  });

  it('does not throw or warn when the same version registers twice', () => {
    const warn = sinon.stub(console, 'warn');
    defineElement('np-breadcrumb', NpBreadcrumb);
    defineElement('np-breadcrumb', class extends NpBreadcrumb {});
    expect(warn.called).to.equal(false);
  });

  it('warns once, naming both versions, when another version registers', () => {
    const warn = sinon.stub(console, 'warn');
    class Newer extends NpBreadcrumb {
      static override readonly version = '99.0.0';
    }
    expect(() => defineElement('np-breadcrumb', Newer)).not.to.throw();
    expect(warn.calledOnce).to.equal(true);
    expect(warn.firstCall.args[0]).to.include('99.0.0').and.to.include(NpBreadcrumb.version);
  });

  it('survives the CDN file loading on a page where the npm build already registered the tag', async () => {
    expect(await loadModuleScript('/packages/breadcrumb/dist/cdn/np-breadcrumb.js')).to.deep.equal([]);
    expect(customElements.get('np-breadcrumb')).to.equal(NpBreadcrumb);
  });
});

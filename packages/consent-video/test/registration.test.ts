import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import { defineElement } from '@npower/core';
import { NpConsentVideo } from '../src/consent-video.js';
import { loadModuleScript } from '../../../test-support/pages.js';

describe('registration', () => {
  afterEach(() => sinon.restore());

  it('registers <np-consent-video>, and a second copy of the same version quietly does nothing', async () => {
    const warn = sinon.stub(console, 'warn');
    expect(customElements.get('np-consent-video')).to.equal(NpConsentVideo);
    expect(await loadModuleScript('/packages/consent-video/dist/cdn/np-consent-video.js')).to.deep.equal([]);
    expect(warn.called).to.equal(false);
    expect(customElements.get('np-consent-video')).to.equal(NpConsentVideo);
  });

  it('warns, naming both versions, when another version registers', () => {
    const warn = sinon.stub(console, 'warn');
    class Other extends NpConsentVideo {
      static override readonly version = '9.9.9';
    }
    defineElement('np-consent-video', Other);
    expect(warn.firstCall.args[0]).to.include('9.9.9').and.to.include(NpConsentVideo.version);
  });
});

import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { defineElement } from '../src/define-element.js';

function versioned(version: string): CustomElementConstructor & { version: string } {
  return class extends HTMLElement {
    static version = version;
  };
}

describe('defineElement', () => {
  afterEach(() => sinon.restore());

  it('registers a free tag', () => {
    const ctor = versioned('1.0.0');
    defineElement('np-test-free', ctor);
    expect(customElements.get('np-test-free')).to.equal(ctor);
  });

  it('is silent when the same version registers again', () => {
    const warn = sinon.stub(console, 'warn');
    const first = versioned('1.0.0');
    defineElement('np-test-same', first);
    defineElement('np-test-same', first);
    defineElement('np-test-same', versioned('1.0.0'));
    expect(warn.called).to.equal(false);
    expect(customElements.get('np-test-same')).to.equal(first);
  });

  it('warns once, naming both versions, when another version registers', () => {
    const warn = sinon.stub(console, 'warn');
    const first = versioned('1.0.0');
    defineElement('np-test-other', first);
    expect(() => defineElement('np-test-other', versioned('2.0.0'))).not.to.throw();
    expect(warn.calledOnce).to.equal(true);
    expect(warn.firstCall.args[0]).to.include('2.0.0').and.to.include('1.0.0').and.to.include('np-test-other');
    expect(customElements.get('np-test-other')).to.equal(first);
  });

  it('warns instead of throwing on an invalid tag', () => {
    const warn = sinon.stub(console, 'warn');
    expect(() => defineElement('NotValid', versioned('1.0.0'))).not.to.throw();
    expect(warn.calledOnce).to.equal(true);
  });
});

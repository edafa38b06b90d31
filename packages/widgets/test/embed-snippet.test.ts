import { expect } from '@open-wc/testing';
import { embedSnippet, type CdnIntegrity } from '../src/embed-snippet.js';

const integrity: CdnIntegrity = {
  algorithm: 'sha384',
  files: { 'np-loader.js': 'sha384-L', 'np-widgets.js': 'sha384-W', 'chunks/np-runtime-abc.js': 'sha384-R' },
  importMap: { integrity: { './chunks/np-runtime-abc.js': 'sha384-R' } },
};

describe('embedSnippet', () => {
  it('keys the import map by the folder’s URL, with or without its closing slash', () => {
    for (const folder of ['/assets/npower/', '/assets/npower']) {
      const snippet = embedSnippet(integrity, folder);
      expect(JSON.parse(snippet.importMapJson)).to.deep.equal({ integrity: { '/assets/npower/chunks/np-runtime-abc.js': 'sha384-R' } });
      expect(snippet.allInOne).to.equal(
        '<script type="module" src="/assets/npower/np-widgets.js" integrity="sha384-W" crossorigin="anonymous" blocking="render"></script>',
      );
      expect(snippet.loader).to.equal(
        `<script type="importmap">${snippet.importMapJson}</script>\n` +
          '<script type="module" src="/assets/npower/np-loader.js" integrity="sha384-L" crossorigin="anonymous"></script>',
      );
    }
  });

  it('cannot be turned into markup by the folder it is given', () => {
    const snippet = embedSnippet(integrity, 'https://cdn.example.org/"></script><script>alert(1)</script>/');
    const parsed = new DOMParser().parseFromString(snippet.loader, 'text/html');
    expect(parsed.querySelectorAll('script')).to.have.length(2);
    expect(JSON.parse(parsed.querySelector('script[type="importmap"]')!.textContent!).integrity).to.have.keys(
      'https://cdn.example.org/"></script><script>alert(1)</script>/chunks/np-runtime-abc.js',
    );
    expect(parsed.querySelector('script[type="module"]')!.getAttribute('src')).to.equal(
      'https://cdn.example.org/"></script><script>alert(1)</script>/np-loader.js',
    );
  });
});

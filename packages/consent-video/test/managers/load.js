// Adds the consent manager named by ?cmp= and the widget's CDN file to page.html, one after
// the other, in the order given by ?order= (`before`: the manager first; `after`: the widget
// first, the manager a moment later). Sets `npPageReady` once everything has run.
(() => {
  const params = new URLSearchParams(location.search);
  const root = '/node_modules/';
  const here = '/packages/consent-video/test/managers/';
  const managers = {
    // The no-CSS build and its stylesheet: klaro.js would add an inline <style>.
    klaro: [{ css: `${root}klaro/dist/klaro.min.css` }, { src: `${here}klaro.config.js` }, { src: `${root}klaro/dist/klaro-no-css.js` }],
    orejime: [
      { css: `${root}orejime/dist/orejime-standard.css` },
      { src: `${here}orejime.config.js` },
      { src: `${root}orejime/dist/orejime-standard-fr.js` },
    ],
    // Orejime 2's UMD build, which city sites still load: it starts itself from window.orejimeConfig.
    orejime2: [
      { css: `${root}orejime2/dist/orejime.css` },
      { src: `${here}orejime2.config.js` },
      { src: `${root}orejime2/dist/orejime.js` },
    ],
    tarteaucitron: [
      { css: `${root}tarteaucitronjs/css/tarteaucitron.css` },
      { src: `${root}tarteaucitronjs/tarteaucitron.js` },
      { src: `${root}tarteaucitronjs/lang/tarteaucitron.fr.js` },
      { src: `${here}tarteaucitron.config.js` },
    ],
    cookieconsent: [
      { css: `${root}vanilla-cookieconsent/dist/cookieconsent.css` },
      { src: `${root}vanilla-cookieconsent/dist/cookieconsent.umd.js` },
      { src: `${here}cookieconsent.config.js` },
    ],
    tcf: [{ module: `${here}tcf-cmp.js` }],
  };
  const widget = [{ module: '/packages/consent-video/dist/cdn/np-consent-video.js' }];

  function add({ css, src, module }) {
    return new Promise((resolve, reject) => {
      const element = css
        ? Object.assign(document.createElement('link'), { rel: 'stylesheet', href: css })
        : Object.assign(document.createElement('script'), { src: src ?? module, ...(module ? { type: 'module' } : {}) });
      element.onload = resolve;
      element.onerror = () => reject(new Error(`could not load ${css ?? src ?? module}`));
      document.head.append(element);
    });
  }

  async function run() {
    const manager = managers[params.get('cmp')] ?? [];
    const steps = params.get('order') === 'after' ? [...widget, 'pause', ...manager] : [...manager, ...widget];
    for (const step of steps) {
      if (step === 'pause') await new Promise((resolve) => setTimeout(resolve, 300));
      else await add(step);
    }
    window.npPageReady = true;
  }

  // The managers add their UI to <body>: start once it exists.
  document.addEventListener('DOMContentLoaded', () => run().catch((error) => (window.npPageError = String(error))));
})();

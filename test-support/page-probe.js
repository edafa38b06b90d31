// Written into an example page by the test server (scripts/example-pages.mjs, `?probe`) before
// the page's own scripts, so it hears everything they do wrong: uncaught errors (a module that
// throws while it loads, a script that fails to load or is refused by Subresource Integrity),
// console errors and warnings, and Content-Security-Policy or Trusted Types violations. Tests read
// `window.npProbe` once the page has settled.
(() => {
  const probe = { errors: [], warnings: [], violations: [] };
  window.npProbe = probe;
  const describe = (value) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));
  for (const [level, heard] of [['error', probe.errors], ['warn', probe.warnings]]) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      heard.push(args.map(describe).join(' '));
      original(...args);
    };
  }
  // Capture: a script element's load error does not bubble to the window.
  addEventListener(
    'error',
    (event) => probe.errors.push(event.target === window ? describe(event.error ?? event.message) : `failed to load ${event.target.src ?? event.target.href}`),
    true,
  );
  addEventListener('unhandledrejection', (event) => probe.errors.push(describe(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) =>
    probe.violations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample}`),
  );
})();

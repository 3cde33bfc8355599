// Loaded as the first script of an example page when the test runner serves it with `?capture`
// (see console-capture-plugin.mjs), so it sees everything the page's own scripts do. It records,
// in `window.bwConsoleCapture`: console.error and console.warn calls, uncaught errors, unhandled
// promise rejections, resources that failed to load (script, stylesheet, image) and
// Content-Security-Policy violations. The console methods still print as before.
(() => {
  const entries = [];
  const text = (value) => {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    if (typeof value === 'string') return value;
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  };
  for (const kind of ['error', 'warn']) {
    const original = console[kind];
    console[kind] = function (...args) {
      entries.push({ kind: `console.${kind}`, text: args.map(text).join(' ') });
      return original.apply(this, args);
    };
  }
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target && target !== window && target instanceof Element) {
        const url = target.getAttribute('src') ?? target.getAttribute('href') ?? '';
        entries.push({ kind: 'resource', text: `<${target.localName}> failed to load ${url}` });
      } else {
        entries.push({ kind: 'uncaught', text: text(event.error ?? event.message) });
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => {
    entries.push({ kind: 'unhandledrejection', text: text(event.reason) });
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    entries.push({ kind: 'csp', text: `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}` });
  });
  Object.defineProperty(window, 'bwConsoleCapture', { value: entries });
})();

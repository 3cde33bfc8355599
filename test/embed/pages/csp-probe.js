// The first script of every embedding test page (test/embed/security/): from the start it
// records what the tests assert on. An external file, because the strict pages block inline
// scripts. Nothing here touches a Trusted Types sink.
(() => {
  const record = {
    /** Content Security Policy violations, enforced or report-only. */
    violations: [],
    /** Uncaught errors and unhandled promise rejections. */
    errors: [],
    /** console.warn and console.error calls, as text. */
    warnings: [],
    consoleErrors: [],
    /** Every bw-error event, as { tag, code, value }. */
    bwErrors: [],
    /** Scripts, images and other resources that failed to load, by address. */
    loadFailures: [],
  };
  Object.defineProperty(window, '__bwEmbed', { value: record });
  // XSS payloads in the tests call `__bwXss.push(…)`: nothing may ever be pushed.
  Object.defineProperty(window, '__bwXss', { value: [] });

  document.addEventListener('securitypolicyviolation', (event) => {
    record.violations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: event.sourceFile,
      line: event.lineNumber,
      disposition: event.disposition,
    });
  });
  document.addEventListener('bw-error', (event) => {
    const { code, value } = event.detail || {};
    record.bwErrors.push({ tag: event.composedPath()[0].localName, code, value });
  });
  window.addEventListener(
    'error',
    (event) => {
      // A resource that failed to load: its error event does not bubble, so it is caught on the way down.
      if (!(event instanceof ErrorEvent)) {
        const target = event.target;
        record.loadFailures.push((target && (target.src || target.href)) || String(target));
        return;
      }
      record.errors.push(`${event.message} (${event.filename}:${event.lineno})`);
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => {
    record.errors.push(`Unhandled rejection: ${String(event.reason && (event.reason.stack || event.reason))}`);
  });
  const text = (args) => args.map((arg) => String(arg)).join(' ');
  for (const [method, list] of [
    ['warn', record.warnings],
    ['error', record.consoleErrors],
  ]) {
    const original = console[method];
    console[method] = function (...args) {
      list.push(text(args));
      return original.apply(this, args);
    };
  }
})();

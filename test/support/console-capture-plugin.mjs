// Dev-server plugin for tests of the example pages: a request for examples/<page>.html?capture gets
// the page with <script src="/test/support/console-capture.js"></script> as the first element of
// <head>, so the capture script runs before anything of the page's own and records its console
// errors and warnings, uncaught errors, failed resources and CSP violations in every engine.
// Without ?capture the page is served untouched.
const CAPTURE = '<script src="/test/support/console-capture.js"></script>';

export function consoleCapturePlugin() {
  return {
    name: 'bw-console-capture',
    transform(context) {
      if (!/^\/examples\/[^/]+\.html$/.test(context.path) || !context.URL.searchParams.has('capture')) return undefined;
      if (typeof context.body !== 'string') return undefined;
      const head = /<head(\s[^>]*)?>/i.exec(context.body);
      if (!head) throw new Error(`${context.path} has no <head>: the console capture cannot be injected`);
      const at = head.index + head[0].length;
      return { body: `${context.body.slice(0, at)}${CAPTURE}${context.body.slice(at)}` };
    },
  };
}

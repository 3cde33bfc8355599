// Test-runner plugin for the embed lifecycle tests (test/embed/lifecycle/).
//
// - Command `bw-dom-counters`: forces garbage collection in the test page's renderer
//   (`HeapProfiler.collectGarbage`, repeated until the counters stop changing) and returns
//   Chromium's live object counters `{ documents, nodes, jsEventListeners }`
//   (`Memory.getDOMCounters`). Only Playwright's Chromium has the DevTools protocol here; the
//   Firefox and WebKit drivers answer `false`, so a test can say what it checked in each engine.
//
// - A delayed script: requests for `/dist/bodywork-elements.js?delay=2000` (or the `.iife.js`
//   bundle; up to 10000 ms) are answered that many milliseconds late, like a slow CDN on a clinic's
//   page, and are never cached (the test runner otherwise marks files cacheable for a year, and a
//   cached copy would arrive at once). The delay is put in front of the whole dev server, so no
//   cache of the server's own can answer first.

const DELAYED = new Set(['/dist/bodywork-elements.js', '/dist/bodywork-elements.iife.js']);
const MAX_DELAY_MS = 10_000;
/** Collections to try before giving up on stable counters (each one usually settles them). */
const MAX_COLLECTIONS = 6;

/** The requested delay in ms for a request URL, or 0. */
export function delayFor(url) {
  const parsed = new URL(url ?? '/', 'http://localhost');
  if (!DELAYED.has(parsed.pathname)) return 0;
  const ms = Number(parsed.searchParams.get('delay'));
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_DELAY_MS) : 0;
}

async function domCounters(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const read = () => cdp.send('Memory.getDOMCounters');
    let counters = await read();
    for (let i = 0; i < MAX_COLLECTIONS; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      const next = await read();
      const same =
        next.nodes === counters.nodes &&
        next.jsEventListeners === counters.jsEventListeners &&
        next.documents === counters.documents;
      counters = next;
      // At least two collections: objects kept alive only by weak callbacks go in the second.
      if (same && i > 0) break;
    }
    return { documents: counters.documents, nodes: counters.nodes, jsEventListeners: counters.jsEventListeners };
  } finally {
    await cdp.detach();
  }
}

export function cdpCountersPlugin() {
  return {
    name: 'bw-cdp-counters',

    serverStart({ server }) {
      if (!server) return;
      const handlers = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (request, response) => {
        const pass = () => {
          for (const handler of handlers) handler.call(server, request, response);
        };
        const ms = delayFor(request.url);
        if (!ms) return pass();
        // No conditional request (a 304 would be as late, but keep it simple) and no caching.
        delete request.headers['if-none-match'];
        delete request.headers['if-modified-since'];
        const setHeader = response.setHeader.bind(response);
        response.setHeader = (name, value) =>
          setHeader(name, String(name).toLowerCase() === 'cache-control' ? 'no-store' : value);
        response.setHeader('cache-control', 'no-store');
        setTimeout(pass, ms);
      });
    },

    async executeCommand({ command, session }) {
      if (command !== 'bw-dom-counters') return undefined;
      if (session.browser.type !== 'playwright') return false;
      const page = session.browser.getPage(session.id);
      if (page.context().browser()?.browserType().name() !== 'chromium') return false;
      return domCounters(page);
    },
  };
}

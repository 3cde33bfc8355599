// Dev-server plugin for the embedding tests (test/embed/): serves the host pages in
// test/embed/pages/ with real response headers, serves a copy of the script-tag bundle carrying
// another version number, and logs every request a test page causes, so a test can list them.
//
// - /test/embed/pages/<prefix>-*.html|js (prefixes below): served from disk, the pages with their
//   Content-Security-Policy (chosen by prefix; `?policy=<name>` picks another from POLICIES).
//   Other files in that folder are left to the static server.
// - Page families share one template (TEMPLATES): a page of such a family whose file is not a
//   whole document (no `<!doctype html>` first) holds only its own part, and is served as its
//   template with the part in place of `<!-- bw:part -->` (see buildPage). The page's address
//   stays the part's file name.
// - /__bw__/embed/bodywork-elements@<version>.js: dist/bodywork-elements.js with its VERSION
//   replaced (a second library version, for the double-loading tests). Needs `npm run build`.
// - The dev server's web-socket script, which it appends to every HTML page, is removed from
//   these pages: they are exactly what the files in test/embed/pages/ make.
// - Command `bw-embed-requests` { session }: the paths requested by the page loaded with
//   `?session=<session>` (the page itself, and every request whose Referer is that page). The
//   test runner marks every file cacheable, so a script already in the browser's cache may not
//   be requested again; a page's own address is new each time (its session), so it always is.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const PAGES = '/test/embed/pages/';
const BUNDLE_PREFIX = '/__bw__/embed/bodywork-elements@';

const strict = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "require-trusted-types-for 'script'",
];

/** Response headers by policy name. */
export const POLICIES = {
  /** The strict policy of the brief: Trusted Types with one `lit-html` policy allowed. */
  strict: { 'Content-Security-Policy': [...strict, 'trusted-types lit-html'].join('; ') },
  /** The policy the README recommends: as strict, and a second copy of Lit on the page may create its policy too. */
  recommended: { 'Content-Security-Policy': [...strict, "trusted-types lit-html 'allow-duplicates'"].join('; ') },
  /** Trusted Types enforced with no policy name allowed: shows whether Lit needs `lit-html`. */
  'no-lit-html': { 'Content-Security-Policy': [...strict, "trusted-types 'none'"].join('; ') },
  /**
   * Blocks nothing, reports everything beyond the page's own scripts: every image, font, fetch,
   * beacon, media, frame, worker or stylesheet load fires a `securitypolicyviolation` event.
   */
  'report-all': { 'Content-Security-Policy-Report-Only': "default-src 'none'; script-src 'self'" },
  none: {},
};

/** The policy each page prefix gets unless `?policy=` says otherwise. */
const DEFAULT_POLICY = { cls: 'none', csp: 'strict', double: 'none', privacy: 'report-all', xss: 'none' };

/**
 * The template of each page family, in test/embed/pages/: the layout-shift pages share a clinic's
 * page (cls-*), the strict-CSP and double-loading pages one host page with every element, and
 * differ only in their head (csp-elements*, csp-double, double-*). csp-control.html is whole.
 */
const TEMPLATES = { cls: 'cls.template.html', csp: 'host.template.html', double: 'host.template.html' };

const WHOLE = /^\s*<!doctype html>/i;
const PART_SLOT = /^([ \t]*)<!-- bw:part -->$/m;
const TITLE_SLOT = '<!-- bw:title -->';

const TYPES = { '.html': 'html', '.js': 'js' };

/** The dev server appends this to every HTML page (test pages use it to talk to the runner). */
const INJECTED =
  /<!-- injected by web-dev-server -->\s*<script type="module" src="\/__web-dev-server__web-socket\.js"><\/script>\s*/;

/** The page name and prefix of a path in test/embed/pages/ this plugin serves, if it is one. */
function ownPage(path) {
  if (!path.startsWith(PAGES)) return undefined;
  const name = path.slice(PAGES.length);
  const prefix = name.split('-')[0];
  const ext = name.slice(name.lastIndexOf('.'));
  if (!(prefix in DEFAULT_POLICY) || !(ext in TYPES) || /[/\\]|\.\./.test(name)) return undefined;
  return { name, prefix, ext };
}

/**
 * A page of a family: its template with `<!-- bw:part -->` (on a line of its own) replaced by the
 * part, each line indented as the slot is, and `<!-- bw:title -->`, if the template has it,
 * replaced by the text of the part's <h1>.
 */
export function buildPage(template, part, name = 'page') {
  const slot = PART_SLOT.exec(template);
  if (!slot) throw new Error(`bw-embed-pages: the template of ${name} has no <!-- bw:part --> line`);
  const indent = slot[1];
  const lines = part.trim().split('\n');
  let page = template.replace(PART_SLOT, () => lines.map((line) => (line ? indent + line : line)).join('\n'));
  if (template.includes(TITLE_SLOT)) {
    const title = /<h1\b[^>]*>([^<]+)<\/h1>/.exec(part)?.[1].trim();
    if (!title) throw new Error(`bw-embed-pages: ${name} needs an <h1> for its template's title`);
    page = page.replace(TITLE_SLOT, () => title);
  }
  return page;
}

/** The session id a URL carries in `?session=`, if any. */
function sessionOf(url) {
  if (!url) return undefined;
  try {
    return new URL(url, 'http://localhost').searchParams.get('session') ?? undefined;
  } catch {
    return undefined;
  }
}

export function embedPagesPlugin() {
  /** @type {Map<string, string[]>} session → requested paths (with query), in order. */
  const requests = new Map();
  let rootDir = process.cwd();

  return {
    name: 'bw-embed-pages',

    serverStart({ config, server }) {
      rootDir = config.rootDir ?? rootDir;
      // Before Koa: every request is seen, whichever middleware or plugin answers it (or none).
      server?.prependListener('request', (req) => {
        const session = sessionOf(req.url) ?? sessionOf(req.headers.referer);
        if (!session) return;
        const list = requests.get(session) ?? [];
        list.push(req.url);
        requests.set(session, list);
      });
    },

    async serve(context) {
      if (context.path.startsWith(BUNDLE_PREFIX) && context.path.endsWith('.js')) {
        const version = context.path.slice(BUNDLE_PREFIX.length, -'.js'.length);
        const pkg = JSON.parse(await readFile(join(rootDir, 'package.json'), 'utf8'));
        const bundle = await readFile(join(rootDir, 'dist/bodywork-elements.js'), 'utf8');
        const current = `\`${pkg.version}\``;
        const count = bundle.split(current).length - 1;
        if (!/^[\w.-]+$/.test(version)) throw new Error(`bw-embed-pages: bad version ${version}`);
        if (count !== 1) {
          throw new Error(
            `bw-embed-pages: expected ${current} once in dist/bodywork-elements.js, found it ${count} times`,
          );
        }
        return {
          body: bundle.replace(current, `\`${version}\``).replace(/\n\/\/# sourceMappingURL=.*$/, ''),
          type: 'js',
        };
      }

      const page = ownPage(context.path);
      if (!page) return undefined;
      const { name, prefix, ext } = page;
      let body;
      try {
        body = await readFile(join(rootDir, PAGES, name), 'utf8');
      } catch {
        return undefined;
      }
      if (ext === '.html' && TEMPLATES[prefix] && !WHOLE.test(body)) {
        body = buildPage(await readFile(join(rootDir, PAGES, TEMPLATES[prefix]), 'utf8'), body, name);
      }
      const policyName = (ext === '.html' && context.URL.searchParams.get('policy')) || DEFAULT_POLICY[prefix];
      const policy = POLICIES[policyName];
      if (!policy) throw new Error(`bw-embed-pages: unknown policy ${policyName}`);
      return { body, type: TYPES[ext], headers: ext === '.html' ? policy : {} };
    },

    // The host pages are what a clinic would serve: no test-runner script added to them (an iframe
    // does not need it, and it would be one more request and one more script under the page's CSP).
    transform(context) {
      const page = ownPage(context.path);
      if (page?.ext !== '.html' || typeof context.body !== 'string') return undefined;
      return { body: context.body.replace(INJECTED, '') };
    },

    executeCommand({ command, payload }) {
      if (command !== 'bw-embed-requests') return undefined;
      return requests.get(String(payload?.session)) ?? [];
    },
  };
}

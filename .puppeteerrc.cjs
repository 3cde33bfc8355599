/**
 * Puppeteer must never download a browser: the tests use the system Firefox ESR
 * (see web-test-runner.config.mjs). A fresh `npm ci` would otherwise try to
 * fetch Chrome in puppeteer's postinstall and fail on machines without internet.
 * @type {import('puppeteer').Configuration}
 */
module.exports = {
  skipDownload: true,
  chrome: { skipDownload: true },
  'chrome-headless-shell': { skipDownload: true },
  firefox: { skipDownload: true },
};

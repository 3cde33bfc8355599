// Test-runner commands that some drivers support and others do not. Each answers `false` where
// unsupported (instead of throwing), so a test can say what it checked in each engine.
//
// - `ax-tree`: the browser's real accessibility tree (Chromium, through the DevTools protocol),
//   flattened to { role, name, ...states }.
// - `bw-emulate-media`: emulates prefers-color-scheme, prefers-reduced-motion and forced-colors
//   (Playwright's Chromium; the Firefox and WebKit drivers here cannot).
export function browserCommandsPlugin() {
  return {
    name: 'bw-browser-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-tree' && command !== 'bw-emulate-media') return undefined;
      if (session.browser.type !== 'playwright') return false;
      const page = session.browser.getPage(session.id);
      if (command === 'bw-emulate-media') {
        await page.emulateMedia(payload);
        return true;
      }
      const cdp = await page.context().newCDPSession(page);
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        return nodes
          .filter((node) => !node.ignored)
          .map((node) => ({
            role: node.role?.value,
            name: node.name?.value,
            ...Object.fromEntries((node.properties ?? []).map((p) => [p.name, p.value?.value])),
          }));
      } finally {
        await cdp.detach();
      }
    },
  };
}

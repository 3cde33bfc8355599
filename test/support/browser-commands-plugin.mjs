// Test-runner commands that some drivers support and others do not. Each answers `false` where
// unsupported (instead of throwing), so a test can say what it checked in each engine.
//
// - `ax-tree`: the browser's real accessibility tree (Chromium, through the DevTools protocol),
//   flattened to { role, name, ...states }.
// - `ax-options`: every option of the accessibility tree with its name and the box the browser
//   reports for it (DOM.getContentQuads of its node, viewport CSS px): where a screen reader
//   explored by touch, or a magnifier following focus, finds it (Chromium).
// - `bw-emulate-media`: emulates prefers-color-scheme, prefers-reduced-motion and forced-colors
//   (Playwright's Chromium; the Firefox and WebKit drivers here cannot).
export function browserCommandsPlugin() {
  return {
    name: 'bw-browser-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-tree' && command !== 'ax-options' && command !== 'bw-emulate-media') return undefined;
      if (session.browser.type !== 'playwright') return false;
      const page = session.browser.getPage(session.id);
      if (command === 'bw-emulate-media') {
        await page.emulateMedia(payload);
        return true;
      }
      const cdp = await page.context().newCDPSession(page);
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        if (command === 'ax-options') {
          const options = nodes.filter((node) => !node.ignored && node.role?.value === 'option');
          return Promise.all(
            options.map(async (node) => {
              const { quads } = await cdp.send('DOM.getContentQuads', { backendNodeId: node.backendDOMNodeId });
              const xs = quads.flatMap((q) => [q[0], q[2], q[4], q[6]]);
              const ys = quads.flatMap((q) => [q[1], q[3], q[5], q[7]]);
              const [left, top] = [Math.min(...xs), Math.min(...ys)];
              return {
                name: node.name?.value,
                box: { left, top, width: Math.max(...xs) - left, height: Math.max(...ys) - top },
              };
            }),
          );
        }
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

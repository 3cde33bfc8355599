#!/usr/bin/env node
// Benchmarks in headless Chromium (the system browser), on the script-tag build: the body map's
// first render and selection changes, and a technique list of every technique.
// Usage: npm run build && node bench/run.mjs
// Prints medians and writes nothing; bench/RESULTS.md records the figures by hand with the date.
import { chromium } from 'playwright';
import { findEngines } from '../scripts/browsers.mjs';
import { serve } from './serve.mjs';

const RUNS = 41;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const executablePath = findEngines().find((e) => e.name === 'chromium').paths.chromium;
if (!executablePath) {
  console.error('Chromium not found: apt-get install chromium (or set CHROMIUM_BIN)');
  process.exit(1);
}
const server = await serve(process.cwd());
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  await page.goto(`${server.url}/bench/body-map.html`);
  await page.waitForFunction(() => customElements.get('bw-body-map'));

  const firstRender = await page.evaluate(async (runs) => {
    const times = [];
    const stage = document.getElementById('stage');
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const map = document.createElement('bw-body-map');
      map.setAttribute('multiple', '');
      stage.append(map);
      await map.updateComplete;
      map.getBoundingClientRect(); // style and layout, as the browser must before painting
      times.push(performance.now() - start);
      map.remove();
    }
    return times;
  }, RUNS);

  const selectionChange = await page.evaluate(async (runs) => {
    const stage = document.getElementById('stage');
    const map = document.createElement('bw-body-map');
    map.setAttribute('multiple', '');
    stage.append(map);
    await map.updateComplete;
    const ids = ['neck', 'shoulder-left', 'knee-right', 'hand-left', 'lower-back-right'];
    const times = [];
    for (let i = 0; i < runs; i++) {
      const option = map.shadowRoot.querySelector(`#option-${ids[i % ids.length]}`);
      const start = performance.now();
      option.click();
      await map.updateComplete;
      map.getBoundingClientRect();
      times.push(performance.now() - start);
    }
    return times;
  }, RUNS);

  const listRender = await page.evaluate(async (runs) => {
    const stage = document.getElementById('stage');
    const times = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const list = document.createElement('bw-technique-list');
      stage.append(list);
      await list.updateComplete;
      const cards = [...list.shadowRoot.querySelectorAll('bw-technique-card')];
      await Promise.all(cards.map((card) => card.updateComplete));
      const scripted = performance.now() - start;
      list.getBoundingClientRect();
      times.push({ scripted, total: performance.now() - start, cards: cards.length });
      list.remove();
    }
    return times;
  }, RUNS);
  const listScripted = listRender.slice(1).map((t) => t.scripted);
  const listTotal = listRender.slice(1).map((t) => t.total);

  console.log(
    `bw-body-map first render (create, render, style, layout): median ${median(firstRender.slice(1)).toFixed(2)} ms over ${RUNS - 1} runs (first run ${firstRender[0].toFixed(2)} ms)`,
  );
  console.log(
    `bw-body-map selection change to layout: median ${median(selectionChange).toFixed(2)} ms over ${RUNS} runs`,
  );
  console.log(
    `bw-technique-list of every technique (${listRender[0].cards} cards): median ${median(listScripted).toFixed(2)} ms to render, ${median(listTotal).toFixed(2)} ms with style and layout, over ${RUNS - 1} runs`,
  );
  console.log(`Browser: ${browser.version()}`);
} finally {
  await browser.close();
  await server.close();
}

#!/usr/bin/env node
// How tall the guided flow is for a visitor on a phone, in Chromium with default fonts:
//
// 1. The example clinic page (examples/clinic.html, its seven offered techniques) at 390x844 (or
//    --width/--height), Neck chosen on the body map: the first compact card's height, the tallest,
//    the list's total height, how many cards show and where the list starts below the map.
// 2. Every bundled technique as a compact card 360 px wide, with a booking address (its "Book"
//    link shows): the tallest, against the 320 px budget of issue 14. Exits 1 when over.
//
//   npm run build && node bench/flow-heights.mjs [--shots DIR] [--width 390] [--height 844]
import { chromium } from 'playwright-core';
import { findEngines } from '../scripts/browsers.mjs';
import { serve } from './serve.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const width = Number(arg('width', 390));
const height = Number(arg('height', 844));
const shots = arg('shots', '');

const executablePath = findEngines().find((e) => e.name === 'chromium').paths.chromium;
const server = await serve(root);
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width, height }, bypassCSP: true });
  await page.goto(`${server.url}/examples/clinic.html`);
  await page.waitForFunction(() => customElements.get('bw-technique-list'));
  // Choose Neck the way a visitor does: a click on its option in the body map's list view or figure.
  await page.evaluate(async () => {
    const map = document.querySelector('bw-body-map');
    await map.updateComplete;
    map.shadowRoot.querySelector('[role="option"][id="option-neck"]').click();
  });
  await page.waitForTimeout(400);
  const figures = await page.evaluate(() => {
    const list = document.querySelector('bw-technique-list');
    const cards = [...list.shadowRoot.querySelectorAll('bw-technique-card')];
    const map = document.querySelector('bw-body-map').getBoundingClientRect();
    const box = list.getBoundingClientRect();
    return {
      cardsShown: cards.filter((c) => c.getBoundingClientRect().height > 0).length,
      firstCardHeight: Math.round(cards[0]?.getBoundingClientRect().height ?? 0),
      tallestCardHeight: Math.round(Math.max(0, ...cards.map((c) => c.getBoundingClientRect().height))),
      listHeight: Math.round(box.height),
      listTopBelowMapBottom: Math.round(box.top - map.bottom),
    };
  });
  console.log(JSON.stringify({ viewport: `${width}x${height}`, chosen: 'neck', ...figures }, null, 2));

  // Every technique, compact, 360 px wide.
  const cards = await browser.newPage({ viewport: { width: 360, height: 800 }, bypassCSP: true });
  await cards.goto(`${server.url}/examples/clinic.html`);
  await cards.waitForFunction(() => customElements.get('bw-technique-card'));
  const heights = await cards.evaluate(async () => {
    document.body.replaceChildren();
    document.body.style.margin = '0';
    const { dataset } = await import('/dist/data/index.js');
    const out = [];
    for (const t of dataset.techniques) {
      const card = document.createElement('bw-technique-card');
      card.variant = 'compact';
      card.technique = t.id;
      card.bookingUrl = 'https://clinic.example/book?t={technique}';
      document.body.append(card);
      await card.updateComplete;
      out.push([t.id, Math.round(card.getBoundingClientRect().height)]);
      card.remove();
    }
    return out.sort((a, b) => b[1] - a[1]);
  });
  const budget = 320;
  const over = heights.filter(([, h]) => h > budget);
  console.log(
    JSON.stringify(
      { compactCardsAt360: { budget, tallest: heights[0], shortest: heights.at(-1), over: over.length } },
      null,
      2,
    ),
  );
  if (over.length) {
    console.error(`Compact cards over ${budget} px at 360 px wide: ${over.map(([id, h]) => `${id} ${h}`).join(', ')}`);
    process.exitCode = 1;
  }
  if (shots) {
    const list = page.locator('bw-technique-list');
    await list.screenshot({ path: join(shots, `list-${width}.png`) });
    await page.locator('bw-technique-list').evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: join(shots, `flow-${width}.png`) });
  }
} finally {
  await browser.close();
  await server.close();
}

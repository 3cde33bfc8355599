// Test-runner commands for pixel comparisons, in all three engines:
//
// - `bw-screenshot` { viewport: { width, height }, shots: [{ name, clip: { x, y, width, height }, append? }] }
//   takes ONE screenshot of the test page's viewport and crops each clip (CSS px, viewport
//   coordinates) out of it, so every shot of a call shows the same moment. `append` adds the crop
//   below the image already stored under that name (to stitch an element taller than the viewport
//   from several scroll positions). Answers { scale, shots: [{ name, width, height }] }.
// - `bw-compare-screenshots` { a, b, threshold? } compares two stored images pixel by pixel and
//   answers { width, height, mismatched, ratio, files } (ratio = mismatched / pixels of the larger
//   image; size differences count as mismatched). Both images and a diff (mismatches in red) are
//   written under $TMPDIR/bw-screenshots/<browser>/ for a look when a test fails.
//
// Why a viewport screenshot cropped in Node rather than each driver's element screenshot: the
// elements under test live in iframes, which Playwright and Puppeteer can reach but WebDriver only
// after switching frames (and back, under the test runner's feet). A viewport screenshot works the
// same way in Playwright (Chromium), Puppeteer (Firefox, WebDriver BiDi) and WebKitWebDriver.
//
// PNG decoding and encoding use node:zlib only (8-bit RGB/RGBA, not interlaced: what the three
// drivers produce), so no image package is needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

/** @typedef {{ width: number, height: number, data: Buffer }} Image RGBA, 4 bytes a pixel */

/** @returns {Image} */
export function decodePng(input) {
  const buffer = Buffer.from(input);
  if (!buffer.subarray(0, 8).equals(SIGNATURE)) throw new Error('Not a PNG');
  let offset = 8;
  let header;
  const idat = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        depth: body[8],
        colour: body[9],
        interlace: body[12],
      };
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const channels = { 2: 3, 6: 4 }[header?.colour];
  if (!header || header.depth !== 8 || !channels || header.interlace !== 0) {
    throw new Error(`Unsupported PNG (depth ${header?.depth}, colour type ${header?.colour})`);
  }
  const { width, height } = header;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : undefined;
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? out[i - channels] : 0;
      const up = prev ? prev[i] : 0;
      const upLeft = prev && i >= channels ? prev[i - channels] : 0;
      let value = line[i];
      if (filter === 1) value += left;
      else if (filter === 2) value += up;
      else if (filter === 3) value += (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        value += pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      out[i] = value & 255;
    }
  }
  if (channels === 4) return { width, height, data: rows };
  const data = Buffer.alloc(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    data[p * 4] = rows[p * 3];
    data[p * 4 + 1] = rows[p * 3 + 1];
    data[p * 4 + 2] = rows[p * 3 + 2];
    data[p * 4 + 3] = 255;
  }
  return { width, height, data };
}

function chunk(type, body) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0, 0);
  return Buffer.concat([head, body, crc]);
}

/** @param {Image} image */
export function encodePng({ width, height, data }) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) data.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** @param {Image} image */
function crop(image, x, y, width, height) {
  const data = Buffer.alloc(width * height * 4);
  for (let row = 0; row < height; row++) {
    const sy = y + row;
    if (sy < 0 || sy >= image.height) continue;
    for (let col = 0; col < width; col++) {
      const sx = x + col;
      if (sx < 0 || sx >= image.width) continue;
      image.data.copy(data, (row * width + col) * 4, (sy * image.width + sx) * 4, (sy * image.width + sx + 1) * 4);
    }
  }
  return { width, height, data };
}

/** @param {Image} top @param {Image} bottom */
function stack(top, bottom) {
  const width = Math.max(top.width, bottom.width);
  const out = {
    width,
    height: top.height + bottom.height,
    data: Buffer.alloc(width * (top.height + bottom.height) * 4),
  };
  for (const [image, dy] of [
    [top, 0],
    [bottom, top.height],
  ]) {
    for (let row = 0; row < image.height; row++) {
      image.data.copy(out.data, (dy + row) * width * 4, row * image.width * 4, (row + 1) * image.width * 4);
    }
  }
  return out;
}

/**
 * Pixels whose colour differs by more than `threshold` in any channel (0–255) count as mismatched.
 * @param {Image} a @param {Image} b
 */
export function compareImages(a, b, threshold) {
  const width = Math.max(a.width, b.width);
  const height = Math.max(a.height, b.height);
  const diff = { width, height, data: Buffer.alloc(width * height * 4) };
  let mismatched = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      const inA = x < a.width && y < a.height;
      const inB = x < b.width && y < b.height;
      let same = inA && inB;
      if (same) {
        const oa = (y * a.width + x) * 4;
        const ob = (y * b.width + x) * 4;
        for (let c = 0; c < 4; c++) if (Math.abs(a.data[oa + c] - b.data[ob + c]) > threshold) same = false;
      }
      if (same) {
        // The picture faded, so the mismatches stand out.
        const oa = (y * a.width + x) * 4;
        const grey = 255 - Math.round((255 - (a.data[oa] + a.data[oa + 1] + a.data[oa + 2]) / 3) * 0.25);
        diff.data.fill(grey, o, o + 3);
      } else {
        mismatched++;
        diff.data[o] = 230;
      }
      diff.data[o + 3] = 255;
    }
  }
  return { width, height, mismatched, ratio: width * height ? mismatched / (width * height) : 0, diff };
}

async function viewportPng(session) {
  const browser = session.browser;
  if (browser.type === 'playwright') {
    // The pages finish their own animations and focus no text field: nothing for Playwright to
    // freeze, which keeps the call short (a test-runner command must answer within 20 s).
    return browser.getPage(session.id).screenshot({ type: 'png', caret: 'initial', timeout: 18000 });
  }
  if (browser.type === 'puppeteer') return browser.getPage(session.id).screenshot({ type: 'png' });
  if (browser.type === 'webdriver' && browser.driver) {
    return Buffer.from(await browser.driver.takeScreenshot(), 'base64');
  }
  return undefined;
}

export function screenshotPlugin() {
  /** Stored images, per test session. @type {Map<string, Map<string, Image>>} */
  const store = new Map();
  const imagesOf = (session) => {
    if (!store.has(session.id)) store.set(session.id, new Map());
    return store.get(session.id);
  };
  const folder = (session) => {
    const dir = join(tmpdir(), 'bw-screenshots', session.browser.name.toLowerCase().replace(/\W+/g, '-'));
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  const safe = (name) => String(name).replace(/[^\w.-]+/g, '_');

  return {
    name: 'bw-screenshots',
    async executeCommand({ command, payload, session }) {
      if (command === 'bw-screenshot') {
        const png = await viewportPng(session);
        if (!png) return false;
        const page = decodePng(png);
        const scale = page.width / payload.viewport.width;
        const images = imagesOf(session);
        const shots = payload.shots.map(({ name, clip, append }) => {
          const x = Math.round(clip.x * scale);
          const y = Math.round(clip.y * scale);
          const width = Math.max(0, Math.round((clip.x + clip.width) * scale) - x);
          const height = Math.max(0, Math.round((clip.y + clip.height) * scale) - y);
          let image = crop(page, x, y, width, height);
          if (append && images.has(name)) image = stack(images.get(name), image);
          images.set(name, image);
          return { name, width: image.width, height: image.height };
        });
        return { scale, shots };
      }
      if (command === 'bw-compare-screenshots') {
        const images = imagesOf(session);
        const a = images.get(payload.a);
        const b = images.get(payload.b);
        if (!a || !b) throw new Error(`No screenshot named ${a ? payload.b : payload.a}`);
        const result = compareImages(a, b, payload.threshold ?? 0);
        const dir = folder(session);
        const files = {
          a: join(dir, `${safe(payload.a)}.png`),
          b: join(dir, `${safe(payload.b)}.png`),
          diff: join(dir, `${safe(payload.a)}--${safe(payload.b)}.diff.png`),
        };
        writeFileSync(files.a, encodePng(a));
        writeFileSync(files.b, encodePng(b));
        writeFileSync(files.diff, encodePng(result.diff));
        images.delete(payload.a);
        images.delete(payload.b);
        return {
          width: result.width,
          height: result.height,
          mismatched: result.mismatched,
          ratio: result.ratio,
          files,
        };
      }
      return undefined;
    },
    async stop() {
      store.clear();
    },
  };
}

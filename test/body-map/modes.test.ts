// The map is legible in every mode: in light and dark, region outlines stand out at 3:1 from the
// page and chosen regions at 3:1 from the others (WCAG 1.4.11); in forced colours every mark is a
// system colour and no text is drawn with a stroke. Screenshots compare a map with a region chosen
// against one without, in each mode, so the choice is seen and not only in the DOM.
import { expect } from '@open-wc/testing';
import type { BwBodyMap } from '../../src/body-map.js';
import { emulate, resetMedia } from '../support/media.js';
import { closePages, compareScreenshots, openPage } from '../embed/styles/helpers.js';
import { html, mount, shape } from './helpers.js';

/** Any CSS colour as [r, g, b] in 0-255, as the browser paints it (through a canvas). */
function rgb(colour: string): [number, number, number] {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = '#000';
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

function luminance(colour: string): number {
  const [r, g, b] = rgb(colour).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

const paint = (el: Element) => getComputedStyle(el.querySelector('.shape')!);

describe('<bw-body-map> in light, dark and forced colours', () => {
  afterEach(resetMedia);
  afterEach(closePages);

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: outlines at 3:1 against the page and the regions, chosen regions at 3:1 against the others`, async () => {
      // --bw-color-scheme forces the scheme in every engine (emulation works only in Chromium here).
      const map = await mount(html`<bw-body-map value="neck"></bw-body-map>`);
      map.style.setProperty('--bw-color-scheme', scheme);
      const page = getComputedStyle(map.shadowRoot!.querySelector('.base')!).backgroundColor;
      expect(luminance(page) < 0.2, `${scheme} background ${page}`).to.equal(scheme === 'dark');
      const plain = paint(shape(map, 'front', 'head'));
      const chosen = paint(shape(map, 'front', 'neck'));
      expect(contrast(plain.stroke, page), `outline ${plain.stroke} on ${page}`).to.be.at.least(3);
      expect(contrast(plain.stroke, plain.fill), `outline ${plain.stroke} on ${plain.fill}`).to.be.at.least(3);
      expect(contrast(chosen.fill, plain.fill), `chosen ${chosen.fill} vs ${plain.fill}`).to.be.at.least(3);
      const marker = getComputedStyle(map.shadowRoot!.querySelector('.marker')!).fill;
      expect(contrast(marker, page), `L/R ${marker} on ${page}`).to.be.at.least(4.5);
    });
  }

  it('forced colours: regions, selection, focus ring and L/R markers in system colours, no stroked text', async () => {
    const forced = (await emulate({ forcedColors: 'active' })) && matchMedia('(forced-colors: active)').matches;
    if (!forced) {
      expect(matchMedia('(forced-colors: active)').matches, 'not emulated in this engine').to.equal(false);
      return;
    }
    const map = await mount(html`<bw-body-map multiple severity value="neck:6 knee-left"></bw-body-map>`);
    map.focus();
    await map.updateComplete;
    const probe = document.createElement('div');
    document.body.append(probe);
    const system = (name: string) => {
      probe.style.color = name;
      return getComputedStyle(probe).color;
    };
    const [canvas, text, highlight] = [system('Canvas'), system('CanvasText'), system('Highlight')];
    probe.remove();
    expect(rgb(paint(shape(map, 'front', 'head')).fill)).to.deep.equal(rgb(canvas));
    expect(rgb(paint(shape(map, 'front', 'head')).stroke)).to.deep.equal(rgb(text));
    expect(rgb(paint(shape(map, 'front', 'neck')).fill)).to.deep.equal(rgb(highlight));
    for (const t of map.shadowRoot!.querySelectorAll('text')) {
      const style = getComputedStyle(t);
      expect(style.stroke, `${t.getAttribute('class')} "${t.textContent}" is not stroked`).to.equal('none');
      expect(rgb(style.fill)).to.deep.equal(rgb(text));
    }
  });

  for (const mode of ['light', 'dark', 'forced'] as const) {
    it(`${mode}: a chosen region shows on screen (screenshots with and without it compared)`, async () => {
      if (mode === 'forced') {
        const forced = (await emulate({ forcedColors: 'active' })) && matchMedia('(forced-colors: active)').matches;
        if (!forced) return expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
      } else if (!(await emulate({ colorScheme: mode }))) {
        return; // Firefox and WebKit drivers cannot emulate; the computed colours above hold there.
      }
      const size = { width: 400, height: 560 };
      const frames = [
        await openPage({ element: 'body-map', width: '360' }, size),
        await openPage({ element: 'body-map', width: '360' }, size),
      ] as [Awaited<ReturnType<typeof openPage>>, Awaited<ReturnType<typeof openPage>>];
      const chosen = frames[1].host as BwBodyMap;
      chosen.value = 'lower-back-left';
      await chosen.updateComplete;
      (frames[0].host as BwBodyMap).value = '';
      await (frames[0].host as BwBodyMap).updateComplete;
      const drawings = (frame: (typeof frames)[0]) => frame.host.shadowRoot!.querySelector('[part~="views"]')!;
      const shot = await compareScreenshots(`body-map-chosen-${mode}`, frames, 32, drawings);
      expect(shot, 'a screenshot in Chromium').to.not.equal(false);
      if (shot) {
        // The lower back is about 1-2 % of the drawings: it must change, and nothing else much.
        expect(shot.ratio, `${shot.mismatched} pixels differ; see ${shot.files.diff}`).to.be.within(0.003, 0.05);
      }
    });
  }
});

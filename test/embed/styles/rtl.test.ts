import { expect } from '@open-wc/testing';
import { regions } from '../../../src/data/regions.js';
import { closePages, deepQuery, frames, openPage, px, styleOf, type ElementName, type Frame } from './helpers.js';

/**
 * The elements in a right-to-left page (`<html dir="rtl">`), each checked against the same
 * element in a left-to-right page: text and controls mirror, the body map's drawing does not.
 */

const SIZE = { width: 760, height: 600 };

async function pages(element: ElementName, size = SIZE): Promise<{ ltr: Frame; rtl: Frame }> {
  const ltr = await openPage({ element }, size);
  const rtl = await openPage({ element, dir: 'rtl' }, size);
  return { ltr, rtl };
}

const all = (frame: Frame, selector: string): HTMLElement[] => {
  const found: HTMLElement[] = [];
  const visit = (root: ParentNode) => {
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      if (el.matches(selector)) found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(frame.doc);
  return found;
};

/** Where the first line of an element's text sits, against the element's content box. */
function firstLine(element: Element): { startGap: number; endGap: number; dir: string } {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  // A line can be several boxes (an English sentence's full stop sits at the left end of a
  // right-to-left line): the first line is every box level with the first one.
  const boxes = [...range.getClientRects()].filter((r) => r.width > 0);
  const top = Math.min(...boxes.map((r) => r.top));
  const first = boxes.filter((r) => r.top < top + 2);
  const line = { left: Math.min(...first.map((r) => r.left)), right: Math.max(...first.map((r) => r.right)) };
  const box = element.getBoundingClientRect();
  const style = styleOf(element);
  const left = box.left + px(style.borderLeftWidth) + px(style.paddingLeft);
  const right = box.right - px(style.borderRightWidth) - px(style.paddingRight);
  const rtl = style.direction === 'rtl';
  return {
    startGap: rtl ? right - line.right : line.left - left,
    endGap: rtl ? line.left - left : right - line.right,
    dir: style.direction,
  };
}

/** Whether `first` is on the inline-start side of `second` in its page's direction. */
function startSideOf(first: Element, second: Element): boolean {
  const a = first.getBoundingClientRect();
  const b = second.getBoundingClientRect();
  return styleOf(first).direction === 'rtl' ? a.left >= b.right - 1 : a.right <= b.left + 1;
}

/** Which side a border-inline-start landed on. */
function borderSide(element: Element): 'left' | 'right' | 'both' | 'none' {
  const style = styleOf(element);
  const left = px(style.borderLeftWidth) > px(style.borderRightWidth);
  const right = px(style.borderRightWidth) > px(style.borderLeftWidth);
  return left ? 'left' : right ? 'right' : px(style.borderLeftWidth) > 0 ? 'both' : 'none';
}

describe('Right-to-left host page', function () {
  this.timeout(60000);
  afterEach(closePages);

  describe('<bw-body-map>', () => {
    /** Horizontal centre of a region as a fraction of its drawing's width (0 = viewer's left). */
    function relativeX(frame: Frame, view: 'front' | 'back', id: string): number {
      const figure = deepQuery(frame.host, `[data-view="${view}"] svg`).getBoundingClientRect();
      const shape = deepQuery(frame.host, `[data-view="${view}"] [data-region="${id}"] .shape`).getBoundingClientRect();
      return (shape.left + shape.width / 2 - figure.left) / figure.width;
    }

    it('does not mirror the drawing: the person’s left stays on the viewer’s right in the front view, and L and R stay put', async () => {
      const { rtl } = await pages('body-map');
      for (const region of regions.filter((r) => r.side)) {
        for (const view of region.views) {
          const x = relativeX(rtl, view, region.id);
          const onViewersRight = (region.side === 'left') === (view === 'front');
          expect(onViewersRight ? x > 0.5 : x < 0.5, `${region.id} in the ${view} view at ${x.toFixed(2)}`).to.equal(
            true,
          );
        }
      }
      for (const view of ['front', 'back'] as const) {
        const figure = deepQuery(rtl.host, `[data-view="${view}"] svg`).getBoundingClientRect();
        const markers = all(rtl, `[data-view="${view}"] .marker`).map((m) => ({
          text: m.textContent!.trim(),
          x: (m.getBoundingClientRect().left - figure.left) / figure.width,
        }));
        const left = markers.find((m) => m.text === 'L')!;
        const right = markers.find((m) => m.text === 'R')!;
        expect(left.x > right.x, `L right of R in the ${view} view`).to.equal(view === 'front');
      }
    });

    it('names the region under the pointer in the toolbar, in the page’s direction, the drawings unmirrored', async () => {
      const { ltr, rtl } = await pages('body-map');
      const places = [];
      for (const frame of [ltr, rtl]) {
        deepQuery(frame.host, `[data-view="back"] [data-region="knee-left"]`).dispatchEvent(
          new PointerEvent('pointerenter'),
        );
        await (frame.host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        const toolbar = deepQuery(frame.host, '[part="toolbar"]').getBoundingClientRect();
        const readout = deepQuery(frame.host, '[part="readout"]');
        expect(readout.textContent!.trim()).to.equal('Knee, left');
        const box = readout.getBoundingClientRect();
        places.push({ start: frame === ltr ? box.left - toolbar.left : toolbar.right - box.right });
        // The drawings keep their places: the back view is on the right in both directions.
        const [front, back] = ['front', 'back'].map((v) =>
          deepQuery(frame.host, `[data-view="${v}"]`).getBoundingClientRect(),
        );
        expect(back!.left, 'back drawing on the right').to.be.greaterThan(front!.left);
      }
      // The name starts where the page's text starts: at the left in ltr, at the right in rtl.
      expect(Math.abs(places[1]!.start - places[0]!.start)).to.be.at.most(1);
    });

    it('moves with the arrow keys to the drawing that lies in that direction', async () => {
      for (const dir of ['ltr', 'rtl'] as const) {
        const frame = await openPage({ element: 'body-map', ...(dir === 'rtl' ? { dir } : {}) }, SIZE);
        const map = frame.host as HTMLElement & { updateComplete: Promise<boolean> };
        const listbox = deepQuery(map, '[role="listbox"]');
        const views = all(frame, '.view').sort(
          (a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left,
        );
        expect(views, 'two drawings side by side').to.have.length(2);
        const [leftView, rightView] = views as [HTMLElement, HTMLElement];
        for (const [from, to, key] of [
          [leftView, rightView, 'ArrowRight'],
          [rightView, leftView, 'ArrowLeft'],
        ] as const) {
          // Start at the region of `from` nearest to the other drawing.
          const shapes = [...from.querySelectorAll('.region[data-region]')];
          const centre = (el: Element) => {
            const r = el.querySelector('.shape')!.getBoundingClientRect();
            return r.left + r.width / 2;
          };
          const start = shapes.reduce((best, el) =>
            key === 'ArrowRight' ? (centre(el) > centre(best) ? el : best) : centre(el) < centre(best) ? el : best,
          );
          listbox.focus();
          start.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          await map.updateComplete;
          listbox.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
          await map.updateComplete;
          await frames(frame.win);
          const ring = deepQuery(map, '.focus-ring');
          expect(
            ring.closest('.view'),
            `${dir}: ${key} from the ${key === 'ArrowRight' ? 'left' : 'right'} drawing`,
          ).to.equal(to);
        }
        frame.iframe.remove();
      }
    });

    it('mirrors the toolbar: the count at the start, the list toggle at the end', async () => {
      const { ltr, rtl } = await pages('body-map');
      for (const frame of [ltr, rtl]) {
        expect(
          startSideOf(deepQuery(frame.host, '.count'), deepQuery(frame.host, '.toggle')),
          styleOf(frame.host).direction,
        ).to.be.true;
      }
      expect(deepQuery(rtl.host, '.count').getBoundingClientRect().left).to.be.greaterThan(
        deepQuery(rtl.host, '.toggle').getBoundingClientRect().right,
      );
    });
  });

  describe('<bw-technique-card>', () => {
    it('starts its text on the right and puts its borders, tags, meter and buttons in mirrored order', async () => {
      const { ltr, rtl } = await pages('technique-card');
      for (const frame of [ltr, rtl]) {
        const rtlPage = frame === rtl;
        const side = rtlPage ? 'right' : 'left';
        for (const selector of ['.title', '.summary', '.section-title', '.claim-text']) {
          const line = firstLine(deepQuery(frame.host, selector));
          expect(line.dir, selector).to.equal(rtlPage ? 'rtl' : 'ltr');
          expect(line.startGap, `${selector} starts at the ${side}`).to.be.at.most(1);
        }
        expect(borderSide(deepQuery(frame.host, '.warnings ul')), 'the alert box’s bar').to.equal(side);
        expect(borderSide(deepQuery(frame.host, '.finding')), 'a finding’s bar').to.equal(side);
        const [tag1, tag2] = all(frame, '.helps-with .tags li');
        expect(startSideOf(tag1!, tag2!), 'first tag first').to.be.true;
        const buttons = all(frame, '.actions .button');
        expect(buttons, 'try at home and book').to.have.length(2);
        expect(startSideOf(buttons[0]!, buttons[1]!), '“Try at home” before “Book”').to.be.true;
        const meter = deepQuery(frame.host, '.meter');
        const dots = [...meter.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('●'))!;
        const filled = frame.doc.createRange();
        filled.setStart(dots, dots.textContent!.indexOf('●'));
        filled.setEnd(dots, dots.textContent!.indexOf('●') + 1);
        const dot = filled.getBoundingClientRect();
        const off = deepQuery(frame.host, '.off').getBoundingClientRect();
        expect(rtlPage ? dot.left >= off.right - 1 : dot.right <= off.left + 1, 'the meter fills from the start').to.be
          .true;
      }
    });
  });

  describe('<bw-technique-list>', () => {
    it('puts its first card on the right and its count at the start', async () => {
      const { ltr, rtl } = await pages('technique-list', { width: 1000, height: 600 });
      for (const frame of [ltr, rtl]) {
        const cards = all(frame, '.items > li');
        expect(cards.length, 'cards').to.be.at.least(2);
        expect(
          Math.abs(cards[0]!.getBoundingClientRect().top - cards[1]!.getBoundingClientRect().top),
          'one row',
        ).to.be.below(1);
        expect(startSideOf(cards[0]!, cards[1]!), 'first card first').to.be.true;
        expect(firstLine(deepQuery(frame.host, '.count')).startGap).to.be.at.most(1);
      }
    });
  });

  describe('<bw-stretch-timer>', () => {
    it('mirrors its progress, controls and arrows, and keeps its text at the start', async () => {
      const { ltr, rtl } = await pages('stretch-timer');
      for (const frame of [ltr, rtl]) {
        const rtlPage = frame === rtl;
        const side = rtlPage ? 'right' : 'left';
        const [stepOf, left] = all(frame, '.progress > span');
        expect(startSideOf(stepOf!, left!), '“Step 1 of …” before “… left”').to.be.true;
        const bar = deepQuery(frame.host, '.bar').getBoundingClientRect();
        const value = deepQuery(frame.host, '.bar-value').getBoundingClientRect();
        expect(value.width, 'some progress').to.be.greaterThan(1);
        expect(value.width, 'some progress').to.be.lessThan(bar.width - 1);
        const gap = rtlPage ? bar.right - value.right : value.left - bar.left;
        expect(gap, `the progress bar fills from the ${side}`).to.be.at.most(0.5);

        const buttons = all(frame, '.controls button');
        const previous = buttons.find((b) => b.textContent!.includes('Previous'))!;
        const next = buttons.find((b) => b.textContent!.includes('Next'))!;
        expect(startSideOf(previous, next), 'Previous before Next').to.be.true;
        for (const button of [previous, next]) {
          // The chevrons are drawn for left to right; in a right-to-left page they are flipped.
          const transform = styleOf(button.querySelector('svg.icon')!).transform;
          const flipped = transform !== 'none' && new DOMMatrix(transform).a < 0;
          expect(flipped, `${button.textContent!.trim()}: arrow flipped`).to.equal(rtlPage);
        }
        expect(borderSide(deepQuery(frame.host, '.safety')), 'the safety note’s bar').to.equal(side);
        for (const selector of ['.title', '.step h3', '.step p', '.next']) {
          expect(
            firstLine(deepQuery(frame.host, selector)).startGap,
            `${selector} starts at the ${side}`,
          ).to.be.at.most(1);
        }
      }
    });
  });
});

import { expect } from '@open-wc/testing';
import { ELEMENTS, closePages, deepQuery, openPage, pathOf, px, styleOf, type Frame } from './helpers.js';

/**
 * Reflow (WCAG 1.4.10) and text resizing (1.4.4): nothing is cut off and nothing scrolls sideways.
 *
 * How zoom is modelled: browser zoom scales the CSS pixel, so a 1280 px wide window at 400 % is a
 * page 320 CSS px wide (and 256 tall for a 1024 px high one), at 200 % one 640 × 512 CSS px: an
 * iframe of that size is that page, media and container queries included. Text-only zoom (a
 * browser setting, or the reader's default font size) scales text but not the layout: modelled
 * by doubling the elements' base size, `--bw-font-size: 32px` (hostile/text-zoom-200.css), in a
 * page that keeps its width.
 */
const CASES: { title: string; size: { width: number; height: number }; sheets: string[] }[] = [
  { title: 'at 320 CSS px wide (a 1280 px window zoomed to 400 %)', size: { width: 320, height: 256 }, sheets: [] },
  { title: 'at 640 CSS px wide (a 1280 px window zoomed to 200 %)', size: { width: 640, height: 512 }, sheets: [] },
  {
    title: 'with text alone zoomed to 200 % in a 1280 px window',
    size: { width: 1280, height: 1024 },
    sheets: ['text-zoom-200'],
  },
  {
    title: 'with text alone zoomed to 200 % at 320 CSS px wide',
    size: { width: 320, height: 568 },
    sheets: ['text-zoom-200'],
  },
];

/** Everything that is cut off or sticks out sideways, in words. */
function overflow(frame: Frame): string[] {
  const problems: string[] = [];
  const root = frame.doc.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    problems.push(`the page scrolls sideways: ${root.scrollWidth} px of content in ${root.clientWidth}`);
  }
  const hosts = frame.host.localName === 'bw-provider' ? [...frame.host.children] : [frame.host];
  for (const host of hosts) {
    const edge = host.getBoundingClientRect();
    const visit = (element: Element) => {
      const style = styleOf(element);
      if (style.display === 'none' || element.localName === 'defs') return;
      const box = element.getBoundingClientRect();
      // Visually hidden text (clipped to nothing) is for screen readers: not drawn, not judged.
      if (style.clipPath !== 'none' && box.width <= 1 && box.height <= 1) return;
      if (style.display !== 'contents' && (box.width > 0 || box.height > 0)) {
        if (box.left < edge.left - 1 || box.right > edge.right + 1) {
          problems.push(
            `${pathOf(element)} spans x ${box.left.toFixed(1)}–${box.right.toFixed(1)}, ` +
              `outside its element's ${edge.left.toFixed(1)}–${edge.right.toFixed(1)}`,
          );
        }
        if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
          const clips = style.overflowX !== 'visible';
          problems.push(
            `${pathOf(element)} holds ${element.scrollWidth} px of content in ${element.clientWidth}` +
              (clips ? ` (overflow-x: ${style.overflowX}: cut off or scrolling)` : ''),
          );
        }
      }
      for (const child of [...(element.shadowRoot?.children ?? []), ...element.children]) visit(child);
    };
    visit(host);
  }
  return problems;
}

describe('Reflow and text zoom', function () {
  this.timeout(60000);
  afterEach(closePages);

  for (const element of ELEMENTS) {
    describe(
      element === 'provider' ? '<bw-provider> around a body map and a technique list' : `<bw-${element}>`,
      () => {
        for (const { title, size, sheets } of CASES) {
          it(`${title}: nothing is cut off or sticks out sideways`, async () => {
            const frame = await openPage({ element, sheets }, size);
            const problems = overflow(frame);
            expect(problems.slice(0, 15), problems.slice(0, 15).join('\n')).to.deep.equal([]);
          });
        }
      },
    );
  }

  describe('<bw-body-map> pain ratings', () => {
    // WebKit sometimes sized the box for a wrapped legend set into its border twice over.
    for (const { title, size, sheets } of CASES) {
      it(`${title}: the box ends just below its last slider, with no empty band`, async () => {
        const frame = await openPage({ element: 'body-map', sheets }, size);
        const box = deepQuery(frame.host, 'fieldset.severity');
        const rows = [...box.querySelectorAll('.severity-row')];
        expect(rows.length, 'two rated regions').to.equal(2);
        const style = styleOf(box);
        const end = rows.at(-1)!.getBoundingClientRect().bottom + px(style.paddingBottom) + px(style.borderBottomWidth);
        expect(box.getBoundingClientRect().bottom - end).to.be.within(-1, 1);
      });
    }
  });
});

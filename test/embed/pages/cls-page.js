// Loaded first by the layout-shift pages (cls-*.html), as a classic script, so it runs before
// anything is drawn:
// - `?snippet=off` switches the layout-shift snippet (cls-snippet.css) off;
// - a PerformanceObserver collects every 'layout-shift' entry (Layout Instability API, where the
//   browser has it), from the first frame on;
// - `window.bwLayoutShift` gives the test what it measures: the position and height of the
//   elements and of the content below them (`[data-below]`) once the page is parsed — before the
//   delayed script has defined any element — and at any later time, and the shifts so far.
(() => {
  const params = new URLSearchParams(location.search);
  if (params.get('snippet') === 'off') document.getElementById('bw-snippet').disabled = true;

  const supported =
    typeof PerformanceObserver !== 'undefined' &&
    (PerformanceObserver.supportedEntryTypes ?? []).includes('layout-shift');
  const entries = [];
  const observer = supported ? new PerformanceObserver((list) => entries.push(...list.getEntries())) : undefined;
  observer?.observe({ type: 'layout-shift', buffered: true });

  const WATCHED = 'bw-body-map, bw-technique-card, bw-technique-list, bw-stretch-timer, [data-below]';
  const boxes = () =>
    [...document.querySelectorAll(WATCHED)].map((el) => {
      const rect = el.getBoundingClientRect();
      return { name: el.id || el.localName, top: rect.top + scrollY, height: rect.height };
    });

  const parsed = new Promise((resolve) => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      resolve({ defined: Boolean(customElements.get('bw-body-map')), boxes: boxes() });
    });
  });

  window.bwLayoutShift = {
    supported,
    parsed,
    boxes,
    /** Every shift so far that no recent input caused: `{ value, time }`. */
    shifts() {
      if (observer) entries.push(...observer.takeRecords());
      return entries.filter((e) => !e.hadRecentInput).map((e) => ({ value: e.value, time: e.startTime }));
    },
  };
})();

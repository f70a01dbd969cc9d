// The upgrade probe. upgrade.mjs installs it before any of the page's own scripts run
// (puppeteer's evaluateOnNewDocument), with `window.__upgradeOptions` = { geometry, settle } set
// just before it, on the prerendered page and the script-only page alike. It writes
// `window.__upgrade`, times in ms from navigation start:
// - `interactive`: every widget is defined and has finished its first update
//   (customElements.whenDefined, then `updateComplete`): from then on it answers the reader.
// - `layoutShift`: the sum of the layout-shift entries not caused by input (Layout Instability
//   API, buffered from navigation) up to `settle` ms after `interactive`; null where the engine
//   has no such entries (not in PerformanceObserver.supportedEntryTypes: Firefox ESR 153).
// - with `geometry`: the box of every child of the article (headings, paragraphs, the widget
//   hosts) and the page's scrollHeight, read once parsing has ended and before the deferred
//   script runs (HTML's "the end": readyState turns "interactive", then deferred scripts run),
//   then read again at every animation frame and once more at the end of the settle time.
//   `moved` is the largest change of any box's edge or size, or of the page's height, in CSS px;
//   `movedWhat` names it. That first read forces a layout before the script, which delays the
//   script, so upgrade.mjs times interactivity in other loads, without `geometry`.
// `definedBefore` counts the widgets already defined when parsing ended: 0, or nothing here was
// read before the upgrade.
(() => {
  const { geometry, settle } = window.__upgradeOptions;
  const out = (window.__upgrade = { layoutShift: null, shiftEntries: 0, moved: null, movedWhat: '' });

  let flushShifts = () => {};
  if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
    out.layoutShift = 0;
    const add = (entries) => {
      for (const e of entries)
        if (!e.hadRecentInput) {
          out.layoutShift += e.value;
          out.shiftEntries++;
        }
    };
    const observer = new PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    flushShifts = () => add(observer.takeRecords());
  }

  /** Each box as [left, top, width, height], and the page's height last. */
  const read = (boxes) => [
    ...boxes.map((b) => {
      const r = b.getBoundingClientRect();
      return [r.left + scrollX, r.top + scrollY, r.width, r.height];
    }),
    [0, 0, 0, document.documentElement.scrollHeight],
  ];

  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const hosts = [...document.querySelectorAll('[data-bench]')];
    out.definedBefore = hosts.filter((h) => customElements.get(h.localName)).length;
    let stopSampling = () => {};
    let compare = () => {};
    if (geometry) {
      const boxes = [...document.querySelectorAll('article > *')];
      const names = [...boxes.map((b, i) => `${b.localName} (article child ${i + 1})`), 'page height'];
      const before = read(boxes);
      out.moved = 0;
      compare = () => {
        read(boxes).forEach((box, i) =>
          box.forEach((v, k) => {
            const change = Math.abs(v - before[i][k]);
            if (change > out.moved) {
              out.moved = change;
              out.movedWhat = `${names[i]}: ${['left', 'top', 'width', 'height'][k]}`;
            }
          }),
        );
      };
      let frame;
      const sample = () => {
        compare();
        frame = requestAnimationFrame(sample);
      };
      frame = requestAnimationFrame(sample);
      stopSampling = () => cancelAnimationFrame(frame);
    }
    Promise.all(hosts.map((h) => customElements.whenDefined(h.localName).then(() => h.updateComplete))).then(() => {
      out.interactive = performance.now();
      setTimeout(() => {
        stopSampling();
        compare();
        flushShifts();
        out.done = true;
      }, settle);
    });
  });
})();

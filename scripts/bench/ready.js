// The first-render probe. pages.mjs inlines it at the end of <body> of every first-render page,
// widgets or static alike, so both are timed by the same code, and at the exact moment:
// - `ready`: every `[data-bench]` host has a shadow root whose `[part~="base"]` holds text. The
//   static twin is ready when the parser reaches this script (its shadow roots are declarative);
//   the widgets are ready in the microtask after the last one's first render (`updateComplete`),
//   before the browser may run anything else. The prerendered page is ready like the twin, when
//   the parser reaches this script: its declarative shadow roots hold the prerendered content
//   before the all-in script (`defer`, run only after parsing) has upgraded any widget, so its
//   time is that of the prerendered content, never the upgrade's (`definedAtReady`, the widgets
//   defined at `ready`, is then 0; measures.mjs checks it).
// - `painted`: the end of the first frame after `ready` (a task posted from that frame's
//   requestAnimationFrame runs after its style, layout and paint): when a reader can see them.
//   On the prerendered page that frame shows the widgets' content either way: prerendered, or
//   already re-rendered if the browser ran the deferred script before its first frame, in which
//   case the script's time is in it. `definedAtFrame` (widgets defined when that frame began)
//   says which.
// An earlier probe was a deferred script of its own, run whenever the browser got to it. Run
// beside this one in the same loads, it agreed on the widgets page (within 1 ms) but read the
// static page 26–154 ms late in half of them, which flattered the ratio.
(() => {
  const hosts = [...document.querySelectorAll('[data-bench]')];
  const rendered = (el) => !!el.shadowRoot?.querySelector('[part~="base"]')?.textContent.trim();
  const defined = () => hosts.filter((h) => customElements.get(h.localName)).length;
  let ready;
  const check = () => {
    if (ready !== undefined || !hosts.every(rendered)) return;
    ready = performance.now();
    const definedAtReady = defined();
    requestAnimationFrame(() => {
      const definedAtFrame = defined();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window.__bench = { ready, painted: performance.now(), definedAtReady, definedAtFrame };
      };
      channel.port2.postMessage(0);
    });
    // CLS from every shift so far (buffered), read when the runner asks, after the page settled.
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  };
  check();
  if (ready === undefined) {
    // The widgets page: right after every widget's definition and first update; then each frame,
    // should one fill in later.
    const poll = () => {
      check();
      if (ready === undefined) requestAnimationFrame(poll);
    };
    const widgets = hosts.filter((h) => h.localName.includes('-'));
    Promise.all(widgets.map((h) => customElements.whenDefined(h.localName).then(() => h.updateComplete))).then(poll);
  }
})();

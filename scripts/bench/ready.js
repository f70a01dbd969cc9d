// Loaded (deferred, after the widget bundle) by every first-render page, widgets or static alike,
// so both are timed by the same code. "Rendered" means every `[data-bench]` host has a shadow
// root whose `[part~="base"]` holds text. Shadow trees are invisible to a document-level
// MutationObserver, so the check also runs each animation frame; it runs at once too, because
// Lit renders in the microtask right after the bundle, before this script.
(() => {
  const hosts = [...document.querySelectorAll('[data-bench]')];
  const rendered = (el) => !!el.shadowRoot?.querySelector('[part~="base"]')?.textContent.trim();
  let done = false;
  const check = () => {
    if (done || !hosts.every(rendered)) return;
    done = true;
    observer.disconnect();
    window.__bench = { ready: performance.now() };
    // CLS from every shift so far (buffered), read when the runner asks, after the page settled.
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  const frame = () => {
    check();
    if (!done) requestAnimationFrame(frame);
  };
  frame();
})();

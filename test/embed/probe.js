// Loaded by every embedding test page (an external file, so it runs under script-src 'self').
// Records what a site owner would worry about and reports it to the test through `window.dcwProbe`,
// or by postMessage when the page is a sandboxed frame the test cannot reach into.
(() => {
  const report = { violations: [], errors: [], console: [], storageWrites: [] };
  document.addEventListener('securitypolicyviolation', (e) =>
    report.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
  window.addEventListener('error', (e) => report.errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => report.errors.push(`unhandled rejection: ${e.reason}`));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => {
      report.console.push(`${level}: ${args.map(String).join(' ')}`);
      original.apply(console, args);
    };
  }
  try {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      report.storageWrites.push(key);
      return setItem.call(this, key, value);
    };
  } catch {
    /* storage API unavailable: nothing to record */
  }
  const tags = ['dcw-role-comparison', 'dcw-salary-calculator', 'dcw-skills-checklist'];
  function snapshot() {
    const widgets = tags.flatMap((tag) =>
      [...document.querySelectorAll(tag)].map((el) => {
        const base = el.shadowRoot?.querySelector('[part~="base"]');
        const style = base ? getComputedStyle(base) : undefined;
        const box = el.getBoundingClientRect();
        return {
          tag,
          defined: !!customElements.get(tag),
          rendered: !!base,
          styled: !!style && style.borderTopStyle === 'solid' && style.paddingTop !== '0px',
          width: Math.round(box.width),
          height: Math.round(box.height),
          text: el.shadowRoot?.textContent ?? '',
        };
      }),
    );
    let cookies = '';
    try {
      cookies = document.cookie;
    } catch {
      cookies = '';
    }
    return {
      ...report,
      widgets,
      cookies,
      resources: performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
    };
  }
  window.dcwProbe = snapshot;
  // Sandboxed frames (opaque origin) cannot be read by the test: they post their report instead.
  window.addEventListener('message', (e) => {
    if (e.data === 'dcw-probe') e.source.postMessage({ dcwProbe: snapshot() }, '*');
  });
})();

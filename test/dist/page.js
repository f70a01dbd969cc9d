// Builds test/dist/page.html from its query string, with nothing inline (it runs under a strict
// CSP too):
//   widgets=dcw-salary-calculator,dcw-skills-checklist   the elements, in order
//   scripts=/cdn/ok/dcw-salary-calculator.js,…            the script tags, in order
//   type=module                                           `type="module"` script tags
//   data=src | inline | invalid                           custom data for every widget
//   storage-key=k                                         for the checklists
//   integrity=1 | wrong                                   script tags pinned with dist/integrity.json's
//                                                         hash (crossorigin="anonymous"), or a wrong one
// Records each `dcw-error` in `window.dcwErrors`.
(async () => {
  const query = new URLSearchParams(location.search);
  const list = (name) => (query.get(name) ?? '').split(',').filter(Boolean);
  // Under the strict CSP, Trusted Types guard script URLs and script text: the page's own policy.
  const trusted = window.trustedTypes?.createPolicy('dcw-test-page', {
    createScriptURL: (url) => url,
    createScript: (text) => text,
  }) ?? { createScriptURL: (url) => url, createScript: (text) => text };
  window.dcwErrors = [];
  document.addEventListener('dcw-error', (e) => window.dcwErrors.push(e.detail.message));
  const inline =
    query.get('data') === 'inline' ? await (await fetch('/raw/test/fixtures/custom-dataset.json')).text() : '';
  for (const tag of list('widgets')) {
    const el = document.createElement(tag);
    if (query.get('storage-key')) el.setAttribute('storage-key', query.get('storage-key'));
    if (query.get('data') === 'src') el.setAttribute('src', '/raw/test/fixtures/custom-dataset.json');
    if (query.get('data') === 'inline' || query.get('data') === 'invalid') {
      const json = document.createElement('script');
      json.type = 'application/json';
      const invalid = { version: '1', asOf: 'soon', defaultRegion: 'us' };
      json.textContent = trusted.createScript(query.get('data') === 'invalid' ? JSON.stringify(invalid) : inline);
      el.append(json);
    }
    document.body.append(el);
  }
  const integrity = query.get('integrity') ? await (await fetch('/dist/integrity.json')).json() : {};
  for (const src of list('scripts')) {
    const script = document.createElement('script');
    const hash = integrity[src.replace(/.*\//, '')];
    if (hash) {
      // A wrong hash: the same length, one character changed.
      script.integrity = query.get('integrity') === 'wrong' ? hash.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) : hash;
      script.crossOrigin = 'anonymous';
    }
    if (query.get('type') === 'module') script.type = 'module';
    // Inserted scripts run as soon as they load; this keeps the page's order, as tags in the HTML would.
    script.async = false;
    script.src = trusted.createScriptURL(src);
    document.head.append(script);
  }
})();

import { expect, waitUntil } from '@open-wc/testing';
import {
  PRERENDER_COMMAND,
  buildSnippet,
  byteSize,
  embedMarkup,
  prerenderedSnippet,
  scriptTag,
  type SnippetState,
} from '../../demo/snippet.js';
import {
  axeViolations,
  click,
  closeFrames,
  expectClean,
  openBuilder,
  parse,
  paste,
  set,
  snippetOf,
} from './builder-page.js';

/**
 * The builder's "prerendered" snippet (demo/prerendered-snippets.ts): the script tag, then the
 * embed markup as the package's `prerender` writes it, asked of the test server's `POST /prerender`
 * (scripts/prerender-endpoint.mjs, which runs the built dist/esm/prerender.js as the CLI does;
 * test/prerender/endpoint.node.mjs checks it answers exactly what `prerender` gives).
 */
const TEMPLATE = 'template[shadowrootmode="open"]';

/** Equal texts; when not, shows where they part rather than printing tens of KB twice. */
function expectSameText(actual: string, expected: string, what: string): void {
  if (actual === expected) return;
  let at = 0;
  while (actual[at] === expected[at]) at++;
  const near = (text: string) => text.slice(Math.max(0, at - 80), at + 80);
  expect(near(actual), `${what}: differs at ${at} (lengths ${actual.length}, ${expected.length})`).to.equal(
    near(expected),
  );
}

/** What `prerender` writes for `markup`, asked of the endpoint as the builder asks it. */
async function prerendered(markup: string): Promise<string> {
  const response = await fetch('/prerender', { method: 'POST', body: markup });
  expect(response.status, await response.clone().text()).to.equal(200);
  return response.text();
}

describe('embed builder: the prerendered snippet, pure', () => {
  const state: SnippetState = { tag: 'dcw-salary-calculator', attributes: { pay: '70000' }, styles: {} };
  const inside = '<template shadowrootmode="open"><p>x</p></template><div data-dcw-fallback>x</div>';
  const written = embedMarkup(state).replace('>', `>${inside}`);

  it('is the script tag, then the markup as prerender wrote it', () => {
    expect(written).to.equal(`<dcw-salary-calculator pay="70000">${inside}</dcw-salary-calculator>`);
    expect(prerenderedSnippet(state, written)).to.equal(`${scriptTag(state)}\n${written}`);
    expect(buildSnippet(state)).to.equal(`${scriptTag(state)}\n${embedMarkup(state)}`);
  });

  it('refuses markup that is not this state prerendered: other settings, nothing written, another page', () => {
    const other: SnippetState = { ...state, attributes: { pay: '7000' } };
    expect(prerenderedSnippet(other, written)).to.equal(undefined);
    expect(prerenderedSnippet({ ...state, attributes: {} }, written)).to.equal(undefined);
    expect(prerenderedSnippet(state, embedMarkup(state))).to.equal(undefined);
    expect(prerenderedSnippet(state, `<!doctype html><title>Not found</title>${written}`)).to.equal(undefined);
    const styled: SnippetState = { ...state, styles: { '--dcw-radius': '0' } };
    expect(prerenderedSnippet(styled, written), 'the <style> block is missing').to.equal(undefined);
  });

  it('gives sizes as UTF-8 bytes', () => {
    expect(byteSize('')).to.equal('0 B');
    expect(byteSize('é')).to.equal('2 B');
    expect(byteSize('a'.repeat(1023))).to.equal('1023 B');
    expect(byteSize('a'.repeat(1024))).to.equal('1.0 KB');
    expect(byteSize('a'.repeat(33_000))).to.equal('32.2 KB');
  });
});

describe('embed builder: the prerendered snippet, on the page', () => {
  afterEach(closeFrames);

  const status = (doc: Document) => doc.querySelector('#prerender-status')!;
  const prerenderedShown = (doc: Document) => snippetOf(doc).includes('shadowrootmode="open"');
  const untilPrerendered = (doc: Document) =>
    waitUntil(() => prerenderedShown(doc), 'the prerendered snippet did not come', { timeout: 8000 });
  /** The snippet's lines after the script tag: what goes where the widget should appear. */
  const markupOf = (snippet: string) => snippet.slice(snippet.indexOf('\n') + 1);

  it('gives the script tag and exactly what prerender writes, with one shadow root and one fallback', async () => {
    const doc = await openBuilder();
    const kind = doc.querySelector('#snippet-kind')!;
    expect(kind.localName).to.equal('fieldset');
    expect(kind.querySelector('legend')!.textContent).to.equal('Snippet');
    expect(kind.getAttribute('aria-describedby')).to.equal('snippet-kind-hint');
    expect(status(doc).getAttribute('role')).to.equal('status');
    click(doc, 'input[name="tag"][value="dcw-salary-calculator"]');
    set(doc, '#calc-pay', '70000');
    set(doc, '#css-radius', '0');
    const scriptOnly = snippetOf(doc);

    click(doc, 'input[name="snippet-kind"][value="prerendered"]');
    // Until the answer is in: the script-only code, and a status that says so.
    expect(snippetOf(doc)).to.equal(scriptOnly);
    expect(status(doc).textContent).to.match(/^Prerendering the widget… .*script-only/);
    await untilPrerendered(doc);
    const snippet = snippetOf(doc);
    const [script] = scriptOnly.split('\n');
    expectSameText(snippet, `${script}\n${await prerendered(markupOf(scriptOnly))}`, 'the snippet');
    expect(status(doc).textContent).to.match(
      /^Prerendered: \d+\.\d KB of HTML to paste \(the script-only code is \d+ B\)\.$/,
    );

    const page = parse(snippet);
    const el = page.querySelector('dcw-salary-calculator')!;
    expect(el.getAttribute('pay')).to.equal('70000');
    expect(page.querySelectorAll(TEMPLATE).length, 'declarative shadow roots').to.equal(1);
    expect(el.querySelectorAll(`:scope > ${TEMPLATE}`).length).to.equal(1);
    expect(page.querySelectorAll('[data-dcw-fallback]').length, 'fallbacks').to.equal(1);
    // "The page's language": written in US English, as the hint says.
    expect(el.querySelector(':scope > [data-dcw-fallback]')!.getAttribute('lang')).to.equal('en-US');
    expect(page.querySelector('style')!.textContent, 'the <style> block').to.contain('--dcw-radius: 0;');

    // The preview stays the script-only markup: nothing written into the element's light DOM.
    expect(doc.querySelector('#preview > dcw-salary-calculator')!.children.length).to.equal(0);

    // A new setting: its own prerendered snippet.
    set(doc, '#f-theme', 'dark');
    expect(prerenderedShown(doc), 'the older prerendered code is not kept').to.equal(false);
    await untilPrerendered(doc);
    const dark = markupOf(scriptOnly).replace('></dcw-salary-calculator>', ' theme="dark"></dcw-salary-calculator>');
    expect(dark).to.contain('<dcw-salary-calculator pay="70000" theme="dark">');
    expectSameText(markupOf(snippetOf(doc)), await prerendered(dark), 'the snippet after a change');

    click(doc, 'input[name="snippet-kind"][value="script"]');
    expect(snippetOf(doc)).to.not.contain('<template');
    expect(snippetOf(doc)).to.contain(' theme="dark"></dcw-salary-calculator>');
    expect(status(doc).textContent).to.equal('');
  });

  it('never lets an older answer replace the snippet for newer settings', async () => {
    const doc = await openBuilder();
    const win = doc.defaultView as Window & typeof globalThis;
    const realFetch = win.fetch.bind(win);
    const asked: string[] = [];
    // The first answer comes late, and the stub ignores the abort, as a slow server might.
    win.fetch = (url, init) => {
      asked.push(String(init?.body));
      const answer = realFetch(url, { ...init, signal: null });
      return asked.length === 1 ? answer.then((r) => new Promise((done) => setTimeout(() => done(r), 1500))) : answer;
    };
    click(doc, 'input[name="snippet-kind"][value="prerendered"]');
    await waitUntil(() => asked.length === 1, 'the builder asked nothing', { timeout: 5000 });
    set(doc, '#f-theme', 'dark');
    await untilPrerendered(doc);
    const newer = snippetOf(doc);
    expect(newer).to.contain('<dcw-role-comparison theme="dark">');
    await new Promise((r) => setTimeout(r, 1800));
    expect(asked).to.deep.equal([
      '<dcw-role-comparison></dcw-role-comparison>',
      '<dcw-role-comparison theme="dark"></dcw-role-comparison>',
    ]);
    expectSameText(snippetOf(doc), newer, 'the snippet once the older answer is in');
  });

  it('pasted into a blank page, the prerendered snippet upgrades into the working widget', async () => {
    const doc = await openBuilder();
    click(doc, 'input[name="tag"][value="dcw-skills-checklist"]');
    click(doc, 'input[name="snippet-kind"][value="prerendered"]');
    await untilPrerendered(doc);
    const { doc: page, el, probe } = await paste(snippetOf(doc), 'dcw-skills-checklist');
    // The declarative shadow root is there before the script; then the script upgrades it.
    await waitUntil(() => page.defaultView!.customElements.get('dcw-skills-checklist'), 'never defined', {
      timeout: 8000,
    });
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="category"]').length).to.be.above(0);
    expectClean(probe(), el);
  });

  it('states the sizes the prerendered HTML really has at each widget’s defaults', async () => {
    const doc = await openBuilder();
    click(doc, 'input[name="snippet-kind"][value="prerendered"]');
    for (const span of doc.querySelectorAll<HTMLElement>('#snippet-kind-hint [data-size-of]')) {
      const tag = span.dataset.sizeOf!;
      click(doc, `input[name="tag"][value="${tag}"]`);
      await untilPrerendered(doc);
      const markup = markupOf(snippetOf(doc));
      expect(markup.startsWith(`<${tag}>`), `${tag} at its defaults`).to.equal(true);
      const bytes = new TextEncoder().encode(markup).length;
      const stated = Number(span.textContent!.match(/^(\d+) KB$/)![1]);
      expect(Math.abs(bytes / 1024 - stated), `${tag}: stated ${stated} KB, is ${bytes} B`).to.be.below(1);
      const gzipped = await new Response(
        new Blob([markup]).stream().pipeThrough(new CompressionStream('gzip')),
      ).arrayBuffer();
      // The stated range is in whole KB: each size, rounded, is within it.
      const [low, high] = doc.querySelector('[data-gzip-range]')!.textContent!.match(/\d+/g)!.map(Number);
      expect(Math.round(gzipped.byteLength / 1024), `${tag} gzipped, ${gzipped.byteLength} B`).to.be.within(
        low!,
        high!,
      );
    }
  });

  it('passes axe with the prerendered snippet shown', async () => {
    const doc = await openBuilder();
    click(doc, 'input[name="snippet-kind"][value="prerendered"]');
    await untilPrerendered(doc);
    expect(await axeViolations(doc)).to.deep.equal([]);
  });

  const missing: Array<[string, (win: Window & typeof globalThis) => Promise<Response>]> = [
    ['a network error', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['404', (win) => Promise.resolve(new win.Response('Not found', { status: 404 }))],
    [
      'a static server that answers with a page',
      (win) =>
        Promise.resolve(
          new win.Response('<!doctype html><title>Home</title>', { headers: { 'Content-Type': 'text/html' } }),
        ),
    ],
  ];
  for (const [what, answer] of missing) {
    it(`without the endpoint (${what}): says prerendering needs Node, gives the command and the script-only snippet`, async () => {
      const doc = await openBuilder();
      const win = doc.defaultView as Window & typeof globalThis;
      const rejections: unknown[] = [];
      win.addEventListener('unhandledrejection', (e) => rejections.push(e.reason));
      let asked = 0;
      win.fetch = () => {
        asked++;
        return answer(win);
      };
      const scriptOnly = snippetOf(doc);
      click(doc, 'input[name="snippet-kind"][value="prerendered"]');
      await waitUntil(() => /needs Node/.test(status(doc).textContent!), 'no word about Node', { timeout: 5000 });
      expect(snippetOf(doc)).to.equal(scriptOnly);
      expect(status(doc).querySelector('code')!.textContent).to.equal(PRERENDER_COMMAND);
      // Other settings: the script-only snippet for them, the same message, and no new request.
      set(doc, '#f-theme', 'light');
      expect(snippetOf(doc)).to.equal(
        scriptOnly.replace('></dcw-role-comparison>', ' theme="light"></dcw-role-comparison>'),
      );
      expect(status(doc).textContent).to.contain('needs Node');
      expect(asked).to.equal(1);
      expect(rejections).to.deep.equal([]);
      if (what === '404') expect(await axeViolations(doc)).to.deep.equal([]);
    });
  }

  it('when the endpoint refuses the markup, shows its message and the script-only snippet', async () => {
    const doc = await openBuilder();
    const win = doc.defaultView as Window & typeof globalThis;
    win.fetch = () =>
      Promise.resolve(
        new win.Response('Line 1: <dcw-role-comparison> could not be prerendered (boom).', {
          status: 400,
          headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        }),
      );
    const scriptOnly = snippetOf(doc);
    click(doc, 'input[name="snippet-kind"][value="prerendered"]');
    await waitUntil(() => /^Could not/.test(status(doc).textContent!), 'no message', { timeout: 5000 });
    expect(status(doc).textContent).to.equal(
      'Could not prerender: Line 1: <dcw-role-comparison> could not be prerendered (boom). The code above is the script-only one.',
    );
    expect(snippetOf(doc)).to.equal(scriptOnly);
  });
});

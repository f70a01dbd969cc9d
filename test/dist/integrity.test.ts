import { expect, waitUntil } from '@open-wc/testing';
import widgets from '../../src/widgets.json';

/**
 * dist/integrity.json (written by scripts/build.mjs): the sha384 SRI hash of each file at the top
 * of dist/, checked against the built files as served, and used the way the README's pinned
 * snippet uses it: a `<script integrity crossorigin="anonymous">` runs with the right hash and is
 * refused with a wrong one.
 *
 * axe cannot run on another document; the pages here only check that a script runs or not, and
 * the widgets they show are checked with axe in their own tests.
 */
const SCRIPTS = ['dev-career-widgets.js', 'dcw-validate.js', ...widgets.map((w) => `${w.tag}.js`)];

async function sha384(path: string): Promise<string> {
  const bytes = await (await fetch(path)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

describe('dist/integrity.json', function () {
  this.timeout(20_000);
  let integrity: Record<string, string>;
  const frames: HTMLIFrameElement[] = [];
  before(async () => {
    integrity = (await (await fetch('/dist/integrity.json')).json()) as Record<string, string>;
  });
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('has the sha384 hash of every built script, and each matches the file', async () => {
    for (const file of SCRIPTS) expect(integrity[file], file).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    // Only files at the top of dist/, by name, each true of the file as served.
    for (const [file, hash] of Object.entries(integrity)) {
      expect(file, 'a file name, no folder').to.match(/^[\w.-]+$/);
      expect(await sha384(`/raw/dist/${file}`), file).to.equal(hash);
    }
  });

  /** Opens the scripts test page with the all-in script pinned by its hash (or a wrong one). */
  async function pinnedPage(mode: '1' | 'wrong') {
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 900px; height: 600px; border: 0';
    const query = new URLSearchParams({
      widgets: 'dcw-salary-calculator',
      scripts: '/cdn/ok/dev-career-widgets.js',
      integrity: mode,
    });
    iframe.src = `/raw/test/dist/page.html?${query}`;
    document.body.append(iframe);
    frames.push(iframe);
    const win = () => iframe.contentWindow as (Window & { dcwProbe?: () => unknown }) | null;
    await waitUntil(() => win()?.document.querySelector('script[integrity]'), 'the page added no pinned script');
    return iframe;
  }

  it('a script pinned with its hash runs', async () => {
    const iframe = await pinnedPage('1');
    await waitUntil(
      () => iframe.contentDocument?.querySelector('dcw-salary-calculator')?.shadowRoot?.textContent?.trim(),
      'the pinned script did not run',
      { timeout: 8000 },
    );
    const script = iframe.contentDocument!.querySelector<HTMLScriptElement>('script[integrity]')!;
    expect(script.integrity).to.equal(integrity['dev-career-widgets.js']);
    expect(script.crossOrigin).to.equal('anonymous');
  });

  it('a script pinned with a wrong hash is refused, so a changed file never runs', async () => {
    const iframe = await pinnedPage('wrong');
    const script = iframe.contentDocument!.querySelector<HTMLScriptElement>('script[integrity]')!;
    // Fetched (a resource entry), then given time to run: it must not have.
    const win = iframe.contentWindow!;
    await waitUntil(
      () => win.performance.getEntriesByType('resource').some((e) => e.name.endsWith('/dev-career-widgets.js')),
      'the pinned script was never fetched',
      { timeout: 8000 },
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(script.integrity).to.not.equal(integrity['dev-career-widgets.js']);
    expect(win.customElements.get('dcw-salary-calculator')).to.equal(undefined);
  });
});

import { expect, waitUntil } from '@open-wc/testing';

/**
 * The built one-script bundle (`dist/dev-career-widgets.js`, built by `npm test` before the
 * browser tests) embedded in real pages the way a site owner would, each page in an iframe:
 * strict CSP, a hostile stylesheet, loaded twice, elements added later, a sandboxed frame.
 * `test/embed/probe.js` records violations, errors, console output, requests and storage writes.
 */
interface WidgetSnapshot {
  tag: string;
  defined: boolean;
  rendered: boolean;
  styled: boolean;
  width: number;
  height: number;
  text: string;
}
interface Probe {
  violations: string[];
  errors: string[];
  console: string[];
  storageWrites: string[];
  widgets: WidgetSnapshot[];
  cookies: string;
  resources: string[];
}

const frames: HTMLIFrameElement[] = [];

function frame(src: string, sandbox?: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  iframe.style.cssText = 'width: 900px; height: 600px; border: 0';
  iframe.src = src;
  document.body.append(iframe);
  frames.push(iframe);
  return iframe;
}

/** Reads a same-origin frame's probe once every widget in it has rendered. */
async function probe(src: string): Promise<Probe> {
  const iframe = frame(src);
  const read = () => (iframe.contentWindow as (Window & { dcwProbe?: () => Probe }) | null)?.dcwProbe?.();
  await waitUntil(
    () => {
      const report = read();
      return (
        report && report.widgets.length === 3 && report.widgets.every((w) => w.rendered && w.text.trim().length > 0)
      );
    },
    `widgets in ${src} did not render`,
    { timeout: 8000 },
  );
  // One more frame so late errors and storage writes are in.
  await new Promise((r) => setTimeout(r, 100));
  return read()!;
}

function expectClean(report: Probe): void {
  expect(report.violations, 'CSP violations').to.deep.equal([]);
  expect(report.errors, 'errors').to.deep.equal([]);
  expect(report.console, 'console errors and warnings').to.deep.equal([]);
  for (const w of report.widgets) {
    expect(w.defined, w.tag).to.equal(true);
    expect(w.text, w.tag).to.not.match(/\b(NaN|undefined|Infinity|null)\b/);
  }
}

describe('embedding the one-script bundle', () => {
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('renders styled under a strict CSP (no inline, no eval) with no violation', async () => {
    const report = await probe('/raw/test/embed/widgets.html?csp=strict');
    expectClean(report);
    for (const w of report.widgets) {
      expect(w.styled, `${w.tag} styled`).to.equal(true);
      expect(w.height, `${w.tag} height`).to.be.greaterThan(50);
    }
  });

  it('makes no request besides the page and its scripts, sets no cookie, and only the checklist writes storage', async () => {
    const report = await probe('/raw/test/embed/widgets.html');
    expectClean(report);
    const requests = report.resources.filter((path) => !path.endsWith('/probe.js'));
    expect(requests).to.deep.equal(['/raw/dist/dev-career-widgets.js']);
    expect(report.cookies).to.equal('');
    expect(report.storageWrites.every((key) => key.startsWith('dcw-skills'))).to.equal(true);
  });

  it('survives a hostile page: a third-party stylesheet, `* { all: unset }`, hidden tables and buttons, loaded twice', async () => {
    const report = await probe('/raw/test/embed/hostile.html');
    expectClean(report);
    for (const w of report.widgets) {
      expect(w.styled, `${w.tag} keeps its own styles`).to.equal(true);
      expect(w.height, `${w.tag} is visible`).to.be.greaterThan(50);
    }
    // The page's `button { display: none }` does not reach into the widgets.
    const doc = frames[0]!.contentDocument!;
    const button = doc.querySelector('dcw-skills-checklist')!.shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(button).display).to.not.equal('none');
    // Inherited properties do come through: the page's font family (Bootstrap's, on body).
    const base = doc.querySelector('dcw-salary-calculator')!.shadowRoot!.querySelector('[part~="base"]')!;
    expect(getComputedStyle(base).fontFamily).to.equal(getComputedStyle(doc.body).fontFamily);
    expect(getComputedStyle(base).fontFamily).to.contain('system-ui');
  });

  it('upgrades elements added after the script has run', async () => {
    expectClean(await probe('/raw/test/embed/late.html'));
  });

  it('works in a sandboxed iframe without storage (allow-scripts only)', async () => {
    const iframe = frame('/raw/test/embed/widgets.html', 'allow-scripts');
    await new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    let report: Probe | undefined;
    const onMessage = (e: MessageEvent) => {
      if (e.source === iframe.contentWindow && e.data?.dcwProbe) report = e.data.dcwProbe;
    };
    window.addEventListener('message', onMessage);
    try {
      await waitUntil(
        () => {
          iframe.contentWindow!.postMessage('dcw-probe', '*');
          return report?.widgets.length === 3 && report.widgets.every((w) => w.rendered);
        },
        'sandboxed widgets did not render',
        { interval: 100, timeout: 8000 },
      );
      expectClean(report!);
      const checklist = report!.widgets.find((w) => w.tag === 'dcw-skills-checklist')!;
      // Storage throws in an opaque origin: the checklist says progress will not be kept.
      expect(checklist.text.toLowerCase()).to.match(/not be kept|not kept|won't be kept/);
    } finally {
      window.removeEventListener('message', onMessage);
    }
  });

  it('shows the comparison as cards on a narrow viewport without measuring it, and measures once the viewport is wide', async () => {
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 400px; height: 600px; border: 0';
    // The widget's box is 1000 px wide whatever the viewport, so measuring it would pick the table.
    iframe.srcdoc =
      '<!doctype html><html lang="en"><body style="margin: 0"><div style="width: 1000px"><dcw-role-comparison></dcw-role-comparison></div><script src="/raw/dist/dev-career-widgets.js"></script></body></html>';
    document.body.append(iframe);
    frames.push(iframe);
    const part = (name: string) =>
      iframe.contentDocument?.querySelector('dcw-role-comparison')?.shadowRoot?.querySelector(`[part="${name}"]`) ??
      null;
    await waitUntil(() => part('cards'), 'no cards on a 400 px viewport', { timeout: 8000 });
    const win = iframe.contentWindow!;
    for (let i = 0; i < 3; i++) await new Promise((ok) => win.requestAnimationFrame(ok));
    expect(part('table'), 'a narrow viewport: cards, nothing measured').to.equal(null);
    iframe.style.width = '1200px';
    await waitUntil(() => part('table'), 'no table once the viewport is 1200 px and the box 1000 px');
    expect(part('cards')).to.equal(null);
  });
});

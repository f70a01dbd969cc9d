import { expect, waitUntil } from '@open-wc/testing';
import widgets from '../../src/widgets.json';
import { expectShippedData } from './shipped-data.js';

/**
 * The built one-tag scripts (`npm test` builds them first) on real pages, each in an iframe:
 * a script per widget alone, mixes of scripts, and custom data, which makes the scripts load the
 * validator (`dcw-validate.js`) from beside themselves. Pages are test/dist/page.html, built from
 * the query string; `/cdn/ok/` and `/cdn/no-validator/` serve dist/ from other folders, the second
 * without the validator (scripts/raw-files.mjs).
 *
 * axe cannot run on another document, so these pages are not checked for accessibility here: each
 * state they show (custom data, refused data, the validator missing) is checked with axe in the
 * element's own tests (test/shared/dcw-element.test.ts, test/embed/bad-data.test.ts).
 */
interface Probe {
  violations: string[];
  errors: string[];
  console: string[];
  widgets: Array<{ tag: string; defined: boolean; rendered: boolean; text: string }>;
  resources: string[];
}
type Frame = Window & { dcwProbe?: () => Probe; dcwErrors?: string[] };

const TAGS = widgets.map((w) => w.tag);
const ALL_IN = 'dev-career-widgets.js';
const script = (tag: string) => `${tag}.js`;
const frames: HTMLIFrameElement[] = [];

function open(query: Record<string, string>): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 900px; height: 600px; border: 0';
  iframe.src = `/raw/test/dist/page.html?${new URLSearchParams(query)}`;
  document.body.append(iframe);
  frames.push(iframe);
  return iframe;
}

/** The tags the scripts of a page define. */
const definedBy = (scripts: readonly string[]) =>
  new Set(scripts.flatMap((s) => (s === ALL_IN ? TAGS : [s.replace(/\.js$/, '')])));

/**
 * Opens a page and waits until every widget on it that its scripts define has rendered with
 * `ready` true of its text.
 */
async function load(
  query: Record<string, string>,
  ready: (text: string) => boolean = (text) => text.trim().length > 0 && !/Loading data/.test(text),
): Promise<{ report: Probe; frame: Frame }> {
  const iframe = open(query);
  const frame = () => iframe.contentWindow as Frame;
  const tags = query.widgets!.split(',');
  const defined = definedBy(query.scripts!.split(',').map((s) => s.replace(/.*\//, '')));
  await waitUntil(
    () => {
      const report = frame()?.dcwProbe?.();
      const shown = report?.widgets.filter((w) => defined.has(w.tag)) ?? [];
      return (
        report?.widgets.length === tags.length &&
        shown.length === tags.filter((t) => defined.has(t)).length &&
        shown.every((w) => w.rendered && ready(w.text))
      );
    },
    `widgets in ${iframe.src} did not render`,
    { timeout: 8000 },
  );
  // A little longer, so that late errors and requests are in.
  await new Promise((r) => setTimeout(r, 150));
  return { report: frame().dcwProbe!(), frame: frame() };
}

function expectClean(report: Probe): void {
  expect(report.violations, 'CSP violations').to.deep.equal([]);
  expect(report.errors, 'errors').to.deep.equal([]);
  expect(report.console, 'console errors and warnings').to.deep.equal([]);
  for (const w of report.widgets) expect(w.text, w.tag).to.not.match(/\b(NaN|undefined|Infinity|null)\b/);
}

/** What the page requested besides itself and the test's own page scripts. */
const requests = (report: Probe) => report.resources.filter((path) => !/\/(probe|page)\.js$/.test(path));

describe('the one-tag scripts', function () {
  // Each test loads a page and its scripts in a frame: longer than the unit tests' 5 s in Chromium.
  this.timeout(20_000);
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  for (const tag of TAGS) {
    for (const type of ['classic', 'module']) {
      it(`${script(tag)} (${type}) defines only ${tag} and requests nothing else`, async () => {
        const { report, frame } = await load({ widgets: TAGS.join(','), scripts: `/cdn/ok/${script(tag)}`, type });
        expectClean(report);
        for (const other of TAGS) expect(!!frame.customElements.get(other), other).to.equal(other === tag);
        const own = report.widgets.find((w) => w.tag === tag)!;
        expect(own.text.trim().length, `${tag} text`).to.be.greaterThan(20);
        expect(requests(report)).to.deep.equal([`/cdn/ok/${script(tag)}`]);
        const source = (await (await fetch('/raw/src/shared/dataset/dataset.json')).json()) as Record<string, unknown>;
        expectShippedData(frame.document.querySelector(tag)!, source, true);
      });
    }
  }

  const mixes = [
    [script('dcw-salary-calculator'), ALL_IN],
    [ALL_IN, script('dcw-skills-checklist')],
    [script('dcw-skills-checklist'), script('dcw-role-comparison')],
    [script('dcw-skills-checklist'), script('dcw-salary-calculator'), script('dcw-role-comparison'), ALL_IN],
  ];
  for (const scripts of mixes) {
    it(`mixes ${scripts.join(' + ')} with no error, and same-key checklists stay in step`, async () => {
      const { report, frame } = await load({
        widgets: [...TAGS, 'dcw-skills-checklist'].join(','),
        scripts: scripts.map((s) => `/cdn/ok/${s}`).join(','),
        'storage-key': `mix-${Math.random()}`,
      });
      expectClean(report);
      const defined = definedBy(scripts);
      for (const w of report.widgets) expect(w.rendered, w.tag).to.equal(defined.has(w.tag));
      for (const tag of defined) expect(frame.customElements.get(tag), tag).to.be.a('function');
      type Checklist = HTMLElement & { checked: string[] };
      const [first, second] = [...frame.document.querySelectorAll<Checklist>('dcw-skills-checklist')];
      first!.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await waitUntil(() => second!.checked.length === 1, 'the second checklist did not follow the first');
      expect(second!.checked).to.deep.equal(first!.checked);
      // The page-wide object has every class of every script loaded.
      const global = (frame as unknown as { DevCareerWidgets: Record<string, unknown> }).DevCareerWidgets;
      for (const w of widgets) expect(!!global[w.class], w.class).to.equal(defined.has(w.tag));
    });
  }

  it('registers a translation through the page-wide object for widgets any of the scripts defined', async () => {
    const { frame } = await load({
      widgets: 'dcw-salary-calculator,dcw-skills-checklist',
      scripts: [script('dcw-salary-calculator'), ALL_IN].map((s) => `/cdn/ok/${s}`).join(','),
    });
    // The calculator's class comes from its own script; registerTranslation on the object is the
    // all-in script's (loaded last). Both share the page's translations.
    const api = (frame as unknown as { DevCareerWidgets: { registerTranslation: (lang: string, t: object) => void } })
      .DevCareerWidgets;
    api.registerTranslation('fr', { salary: { pay: 'Votre salaire' } });
    frame.document.documentElement.lang = 'fr';
    const label = () =>
      frame.document.querySelector('dcw-salary-calculator')!.shadowRoot!.querySelector('label[for="pay"]')?.textContent;
    await waitUntil(() => label() === 'Votre salaire', `the calculator shows "${label()}"`);
  });

  for (const [name, scripts] of [
    ['the all-in script', [ALL_IN]],
    ['per-widget scripts', [script('dcw-salary-calculator'), script('dcw-role-comparison')]],
  ] as const) {
    for (const type of ['classic', 'module']) {
      it(`loads the validator once for custom data from src, from ${name} (${type}), under a strict CSP`, async () => {
        const { report, frame } = await load(
          {
            widgets: 'dcw-salary-calculator,dcw-salary-calculator,dcw-role-comparison',
            scripts: scripts.map((s) => `/cdn/ok/${s}`).join(','),
            type,
            data: 'src',
            csp: 'strict',
          },
        );
        expectClean(report);
        expect(frame.dcwErrors).to.deep.equal([]);
        for (const w of report.widgets.filter((w) => w.tag === 'dcw-salary-calculator')) expect(w.text).to.contain('Custom States');
        const validator = requests(report).filter((path) => path.endsWith('/dcw-validate.js'));
        expect(validator).to.deep.equal(['/cdn/ok/dcw-validate.js']);
      });
    }
  }

  it('uses inline custom data, checked by the validator, from a per-widget script', async () => {
    const { report, frame } = await load(
      { widgets: 'dcw-salary-calculator', scripts: `/cdn/ok/${script('dcw-salary-calculator')}`, data: 'inline' },
      (text) => /Custom States/.test(text),
    );
    expectClean(report);
    expect(requests(report).filter((path) => path.endsWith('/dcw-validate.js'))).to.have.length(1);
    expect(frame.dcwErrors).to.deep.equal([]);
  });

  for (const scripts of [[ALL_IN], [script('dcw-salary-calculator')]]) {
    it(`refuses invalid inline data with the alert and dcw-error, from ${scripts[0]}`, async () => {
      const { report, frame } = await load(
        { widgets: 'dcw-salary-calculator', scripts: `/cdn/ok/${scripts[0]}`, data: 'invalid', csp: 'strict' },
        (text) => /custom data is invalid/.test(text),
      );
      expectClean(report);
      const el = frame.document.querySelector('dcw-salary-calculator')!;
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('version: a version like "1.0.0"');
      expect(frame.dcwErrors).to.have.length(1);
      // The bundled data is shown instead.
      expect(el.shadowRoot!.querySelector('[part="header"]')!.textContent).to.contain('United States');
    });
  }

  it('shows the alert, fires dcw-error and keeps the bundled data when the validator cannot load (404)', async () => {
    const { report, frame } = await load(
      { widgets: 'dcw-salary-calculator', scripts: `/cdn/no-validator/${script('dcw-salary-calculator')}`, data: 'src' },
      (text) => /could not be checked/.test(text),
    );
    // The browser reports the failed request on its own console, which the probe does not see; no
    // error escapes to the page.
    expect(report.errors, 'errors').to.deep.equal([]);
    expect(report.console, 'console').to.deep.equal([]);
    const el = frame.document.querySelector('dcw-salary-calculator')!;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('/cdn/no-validator/dcw-validate.js');
    expect(frame.dcwErrors).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[part="header"]')!.textContent).to.contain('United States');
  });
});

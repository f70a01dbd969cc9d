import { withInlineData } from '../support/inline-data.js';
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { bundledDataset } from '../../src/shared/dataset/bundled.js';
import { BROKEN_TEXT, shadowText, TAGS, type Tag } from './elements.js';

/**
 * A corpus of broken custom datasets, given inline as a site owner would. Each must be refused
 * with a readable message naming the JSON path (and the bundled data shown), or, where it is
 * valid but hostile, rendered as inert text. Nothing may run, and no non-https link may render.
 */
type Mutable = Record<string, any>;
const clone = (): Mutable => structuredClone(bundledDataset) as Mutable;

const REFUSED: Array<[name: string, make: () => string, path: RegExp]> = [
  ['wrong type', () => JSON.stringify({ ...clone(), version: 1 }), /version/],
  [
    'missing field',
    () => {
      const d = clone();
      delete d.sources;
      return JSON.stringify(d);
    },
    /sources/,
  ],
  [
    'huge string',
    () => {
      const d = clone();
      d.sources[0].title = 'x'.repeat(1_000_000);
      return JSON.stringify(d);
    },
    /sources\[0\]\.title/,
  ],
  [
    '10 MB file',
    () => {
      const d = clone();
      d.padding = 'y'.repeat(10 * 1024 * 1024);
      d.version = 'ten megabytes';
      return JSON.stringify(d);
    },
    /version/,
  ],
  ['deeply nested JSON', () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /\(root\)/],
  [
    'duplicate ids',
    () => {
      const d = clone();
      d.roles.push({ ...d.roles[0] });
      return JSON.stringify(d);
    },
    /roles\[\d+\]\.id/,
  ],
  [
    'javascript: link',
    () => {
      const d = clone();
      d.sources[0].url = 'javascript:alert(1)';
      return JSON.stringify(d);
    },
    /sources\[0\]\.url/,
  ],
  [
    'data: link',
    () => {
      const d = clone();
      d.skills[0].items[0].link = 'data:text/html,<script>alert(1)</script>';
      return JSON.stringify(d);
    },
    /skills\[0\]\.items\[0\]\.link/,
  ],
  [
    'unknown currency',
    () => {
      const d = clone();
      d.regions[0].currency = 'XQZ';
      return JSON.stringify(d);
    },
    /regions\[0\]\.currency/,
  ],
  [
    'negative figure',
    () => {
      const d = clone();
      d.salaries[0].median = -5;
      return JSON.stringify(d);
    },
    /salaries\[0\]\.median/,
  ],
  [
    'NaN-like figure',
    () => {
      const d = clone();
      d.salaries[0].median = 'NaN';
      return JSON.stringify(d);
    },
    /salaries\[0\]\.median/,
  ],
  [
    'Infinity-like figure',
    () => {
      const d = clone();
      d.salaries[0].p90 = '1e999';
      return JSON.stringify(d);
    },
    /salaries\[0\]\.p90/,
  ],
  ['not JSON', () => '{ "version": ', /\(root\)/],
];

async function mount(tag: Tag, json: string): Promise<{ el: HTMLElement; errors: CustomEvent[] }> {
  const el = withInlineData(document.createElement(tag), json);
  const errors: CustomEvent[] = [];
  el.addEventListener('dcw-error', (e) => errors.push(e));
  await fixture(el);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return { el, errors };
}

describe('bad custom data', () => {
  for (const [name, make, path] of REFUSED) {
    it(`refuses ${name} with a message naming the path, and shows the bundled data`, async () => {
      const json = make();
      for (const tag of TAGS) {
        const { el, errors } = await mount(tag, json);
        const alert = el.shadowRoot!.querySelector('[role="alert"]');
        expect(alert, `${tag} alert`).to.not.equal(null);
        expect(alert!.textContent, `${tag} alert text`).to.match(path);
        expect(errors, `${tag} dcw-error`).to.have.length(1);
        expect(errors[0]!.detail.issues.length + (errors[0]!.detail.message ? 1 : 0)).to.be.greaterThan(0);
        expect(shadowText(el), tag).to.not.match(BROKEN_TEXT);
        // The bundled data is rendered: more than the alert is on screen.
        expect(shadowText(el).length, `${tag} content`).to.be.greaterThan(alert!.textContent!.length + 50);
        el.remove();
      }
    });
  }

  it('renders HTML and script payloads in every text field as inert text', async () => {
    // Short enough to fit the shortest text field (60 characters) after 20 characters of text.
    const payload = '<img src=x onerror=__dcwPwned=1>';
    const d = clone();
    const poison = (value: unknown): unknown =>
      typeof value === 'string' && !/^(https:|[a-z0-9-]+$|\d)/.test(value) && value.length < 200
        ? `${value.slice(0, 20)} ${payload}`
        : Array.isArray(value)
          ? value.map(poison)
          : value && typeof value === 'object'
            ? Object.fromEntries(
                Object.entries(value).map(([k, v]) => [
                  k,
                  k === 'currency' || k === 'kind' || k === 'level' || k === 'grade' || k === 'period' ? v : poison(v),
                ]),
              )
            : value;
    const hostile = poison(d) as Mutable;
    hostile.roles[0].summary = `<script>window.__dcwPwned=2</script> ${payload}`;
    for (const tag of TAGS) {
      const { el, errors } = await mount(tag, JSON.stringify(hostile));
      expect(
        errors.map((e) => e.detail.message),
        tag,
      ).to.deep.equal([]);
      await new Promise((r) => setTimeout(r, 50));
      expect((window as any).__dcwPwned, tag).to.equal(undefined);
      expect(el.shadowRoot!.querySelectorAll('img, script, iframe, object'), tag).to.have.length(0);
      expect(shadowText(el), tag).to.contain('<img');
      for (const a of el.shadowRoot!.querySelectorAll('a[href]'))
        expect(a.getAttribute('href'), tag).to.match(/^https:/);
      el.remove();
    }
  });

  it('refuses a src answer that is not JSON, or too large, and keeps working', async () => {
    for (const tag of TAGS) {
      const el = document.createElement(tag) as HTMLElement & { src?: string };
      el.setAttribute('src', '/raw/test/embed/hostile.css');
      const failed = new Promise<CustomEvent>((r) =>
        el.addEventListener('dcw-error', r as EventListener, { once: true }),
      );
      await fixture(el);
      const event = await failed;
      expect(event.detail.message, tag).to.contain('hostile.css');
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), `${tag} alert`, { timeout: 5000 });
      expect(shadowText(el), tag).to.not.match(BROKEN_TEXT);
      el.remove();
    }
  });
});

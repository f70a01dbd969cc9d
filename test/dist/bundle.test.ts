import { expect, waitUntil } from '@open-wc/testing';
import { expectShippedData } from './shipped-data.js';

/**
 * The one-script bundle as a site owner uses it: `dist/dev-career-widgets.js` (built by
 * `npm run build` before the browser tests) loaded by plain `<script src>` tags, twice.
 * The raw route serves it untouched.
 */
function load(type: 'classic' | 'module'): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    if (type === 'module') script.type = 'module';
    // A query string makes the browser run the file again rather than reuse the module.
    script.src = `/raw/dist/dev-career-widgets.js?${type}-${Math.random()}`;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${script.src}`));
    document.head.append(script);
  });
}

const TAGS = ['dcw-role-comparison', 'dcw-skills-checklist', 'dcw-salary-calculator'] as const;

describe('dist/dev-career-widgets.js', () => {
  it('defines all three elements, and loading it twice (classic and module) raises no error', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const consoleError = console.error;
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      consoleError(...args);
    };
    try {
      // Elements in the page before the script runs upgrade when it does.
      const host = document.createElement('div');
      host.innerHTML = TAGS.map((t) => `<${t}></${t}>`).join('');
      document.body.append(host);
      await load('classic');
      await load('module');
      await load('classic');
      for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
      await waitUntil(() => TAGS.every((t) => host.querySelector(t)?.shadowRoot?.querySelector('[part~="base"]')), 'elements did not render', { timeout: 5000 });
      for (const tag of TAGS) {
        const text = host.querySelector(tag)!.shadowRoot!.textContent ?? '';
        expect(text, tag).to.not.match(/\b(NaN|undefined|Infinity)\b/);
      }
      await expect(host).to.be.accessible();
      host.remove();
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      console.error = consoleError;
    }
  });

  it('carries to each widget the lists of src/shared/dataset/dataset.json it shows, as they are there', async () => {
    if (!customElements.get('dcw-skills-checklist')) await load('classic');
    const source = (await (await fetch('/raw/src/shared/dataset/dataset.json')).json()) as Record<string, unknown>;
    for (const tag of TAGS) {
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      document.body.append(el);
      try {
        await el.updateComplete;
        expectShippedData(el, source, false);
      } finally {
        el.remove();
      }
    }
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../support/probe-element.js';
import { hangingFetch } from '../support/hanging-fetch.js';
import { withInlineData } from '../support/inline-data.js';
import { $, text } from '../support/query.js';
import type { DcwProbe } from '../support/probe-element.js';
import { bundledDataset } from '../../src/shared/dataset/bundled.js';

/** A probe with an inline `<script type="application/json">` child (Lit cannot bind inside <script>). */
async function probeWithData(json: string): Promise<DcwProbe> {
  return fixture<DcwProbe>(withInlineData(document.createElement('dcw-probe'), json));
}

describe('shared base (through <dcw-probe>)', () => {
  describe('locale', () => {
    it('uses the locale attribute for number formats', async () => {
      const el = await fixture<DcwProbe>(html`<dcw-probe locale="de-DE"></dcw-probe>`);
      await expect(el).to.be.accessible();
      expect(text(el, '.locale')).to.equal('de-DE');
      // e.g. "133.080 $": de-DE groups thousands with a dot and puts the symbol after
      expect(text(el, '.money')).to.match(/^\d{2,3}\.\d{3}\s\$$/);
    });

    it('falls back to the nearest ancestor lang, and follows changes to it', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="es-ES"><section><dcw-probe></dcw-probe></section></div>`,
      );
      const el = wrapper.querySelector('dcw-probe')!;
      await el.updateComplete;
      expect(text(el, '.locale')).to.equal('es-ES');
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('es');
      wrapper.setAttribute('lang', 'de-CH');
      await waitUntil(() => text(el, '.locale') === 'de-CH', 'lang change not picked up');
      await expect(el).to.be.accessible();
    });

    it('counts its own lang before its ancestors, and follows changes to it', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-US"><dcw-probe lang="de-DE"></dcw-probe></div>`);
      const el = wrapper.querySelector('dcw-probe')!;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      expect(text(el, '.locale')).to.equal('de-DE');
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('de');
      el.setAttribute('lang', 'es-MX');
      await waitUntil(() => text(el, '.locale') === 'es-MX', 'own lang change not picked up');
      el.removeAttribute('lang');
      await waitUntil(() => text(el, '.locale') === 'en-US', 'the ancestor lang was not used again');
      // The widget sets lang only inside its shadow root, never on the host it reads it from.
      expect(el.hasAttribute('lang')).to.equal(false);
    });

    it('takes the lang of where it is put when moved in the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><div lang="es-ES"><dcw-probe></dcw-probe></div><div lang="de-DE"></div></div>`,
      );
      const el = wrapper.querySelector('dcw-probe')!;
      await el.updateComplete;
      expect(text(el, '.locale')).to.equal('es-ES');
      wrapper.querySelector('[lang="de-DE"]')!.append(el);
      await waitUntil(() => text(el, '.locale') === 'de-DE', 'the new ancestor lang was not picked up');
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('de');
    });

    it('ignores an invalid locale and uses the next in line', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en-GB"><dcw-probe locale="not a locale!!"></dcw-probe></div>`,
      );
      const el = wrapper.querySelector('dcw-probe')!;
      await el.updateComplete;
      expect(text(el, '.locale')).to.equal('en-GB');
    });

    it('shows English text with the number format of a locale it has no text for', async () => {
      const el = await fixture<DcwProbe>(html`<dcw-probe locale="fr-FR" region="zz"></dcw-probe>`);
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('en');
      expect(text(el, '[part="notice"]')).to.contain('Unknown region "zz"');
      // e.g. "133 080 $US": fr-FR groups thousands with a narrow no-break space
      expect(text(el, '.money')).to.match(/^\d{2,3}\s\d{3}\s\$US$/);
    });
  });

  describe('theme', () => {
    it('reflects theme and passes axe in light and dark', async () => {
      const el = await fixture<DcwProbe>(html`<dcw-probe theme="dark"></dcw-probe>`);
      expect(el.getAttribute('theme')).to.equal('dark');
      await expect(el).to.be.accessible();
      const dark = getComputedStyle($(el, '[part="base"]')!).backgroundColor;
      el.theme = 'light';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const light = getComputedStyle($(el, '[part="base"]')!).backgroundColor;
      expect(dark).to.not.equal(light);
      expect(light).to.equal('rgb(255, 255, 255)');
      expect(dark).to.equal('rgb(22, 27, 34)');
    });

    it('lets the page set tokens on an ancestor', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="--dcw-surface-color: rgb(1, 2, 3); --dcw-text-color: rgb(250, 250, 250)"><dcw-probe></dcw-probe></div>`,
      );
      const el = wrapper.querySelector('dcw-probe')!;
      await el.updateComplete;
      expect(getComputedStyle($(el, '[part="base"]')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    it('inherits the host page font family', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="font-family: Georgia, serif"><dcw-probe></dcw-probe></div>`,
      );
      const el = wrapper.querySelector('dcw-probe')!;
      await el.updateComplete;
      expect(getComputedStyle($(el, '[part="result"]')!).fontFamily).to.contain('Georgia');
    });
  });

  describe('data', () => {
    it('uses the bundled dataset by default', async () => {
      const el = await fixture<DcwProbe>(html`<dcw-probe></dcw-probe>`);
      expect(text(el, '.version')).to.equal(bundledDataset.version);
      expect($(el, '[role="alert"]')).to.equal(null);
    });

    it('uses a valid inline dataset', async () => {
      const el = await probeWithData(await (await fetch('/raw/test/fixtures/custom-dataset.json')).text());
      expect(text(el, '.version')).to.equal('9.9.9');
      expect(text(el, '.region')).to.equal('Custom States');
    });

    it('refuses an invalid inline dataset: alert naming the path, dcw-error, bundled data shown', async () => {
      const json = await (await fetch('/raw/test/fixtures/invalid-dataset.json')).text();
      const errors: CustomEvent[] = [];
      const listener = (e: Event) => errors.push(e as CustomEvent);
      document.addEventListener('dcw-error', listener);
      try {
        const el = await probeWithData(json);
        await expect(el).to.be.accessible();
        const alert = text(el, '[role="alert"]');
        expect(alert).to.contain('sources[0].url');
        expect(alert).to.contain('https');
        expect(text(el, '.version')).to.equal(bundledDataset.version);
        expect(errors).to.have.length(1);
        expect(errors[0]!.detail.message).to.contain('sources[0].url');
        expect(errors[0]!.detail.issues.length).to.be.greaterThan(0);
        expect(errors[0]!.composed).to.equal(true);
      } finally {
        document.removeEventListener('dcw-error', listener);
      }
    });

    it("says in the page's language that custom data was refused or could not be loaded", async () => {
      const json = await (await fetch('/raw/test/fixtures/invalid-dataset.json')).text();
      const probe = document.createElement('dcw-probe');
      probe.setAttribute('locale', 'de-DE');
      const de = await fixture<DcwProbe>(withInlineData(probe, json));
      await expect(de).to.be.accessible();
      expect(text(de, '[role="alert"]')).to.contain('Die eigenen Daten sind ungültig bei sources[0].url');
      expect(text(de, '[role="alert"]')).to.contain('Stattdessen werden die mitgelieferten Daten angezeigt.');

      const es = document.createElement('dcw-probe');
      es.setAttribute('locale', 'es-ES');
      es.src = '/raw/test/fixtures/does-not-exist.json';
      const error = oneEvent(es, 'dcw-error');
      document.body.append(es);
      try {
        expect((await error).detail.message).to.contain('No se pudieron cargar los datos de');
        await es.updateComplete;
        expect(text(es, '[role="alert"]')).to.contain('does-not-exist.json');
        expect(text(es, '[role="alert"]')).to.contain('Se muestran los datos incluidos.');
        await expect(es).to.be.accessible();
      } finally {
        es.remove();
      }
    });

    it('refuses inline text that is not JSON', async () => {
      const el = await probeWithData('{ nope');
      expect(text(el, '[role="alert"]')).to.contain('valid JSON');
      expect(text(el, '.version')).to.equal(bundledDataset.version);
    });

    it('loads a dataset from src', async () => {
      const el = await fixture<DcwProbe>(html`<dcw-probe src="/raw/test/fixtures/custom-dataset.json"></dcw-probe>`);
      await waitUntil(() => text(el, '.version') === '9.9.9', 'custom dataset not loaded', { timeout: 5000 });
      await expect(el).to.be.accessible();
    });

    it('reports a src that cannot be loaded and keeps the bundled data', async () => {
      const el = document.createElement('dcw-probe');
      el.src = '/raw/test/fixtures/does-not-exist.json';
      const error = oneEvent(el, 'dcw-error');
      document.body.append(el);
      try {
        const event = await error;
        expect(event.detail.message).to.contain('404');
        await el.updateComplete;
        expect(text(el, '[role="alert"]')).to.contain('does-not-exist.json');
        expect(text(el, '.version')).to.equal(bundledDataset.version);
      } finally {
        el.remove();
      }
    });

    it('refuses non-http src schemes without fetching', async () => {
      const el = await fixture<DcwProbe>(html`<dcw-probe src="javascript:alert(1)"></dcw-probe>`);
      expect(text(el, '[role="alert"]')).to.contain('javascript:');
      expect(text(el, '.version')).to.equal(bundledDataset.version);
    });

    it('fetches a URL once for every element that names it', async () => {
      const original = window.fetch;
      const calls: string[] = [];
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        calls.push(String(input));
        return original(input, init);
      };
      try {
        const url = `/raw/test/fixtures/custom-dataset.json?shared=${Math.random()}`;
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <dcw-probe src=${url}></dcw-probe><dcw-probe src=${url}></dcw-probe><dcw-probe src=${url}></dcw-probe>
        </div>`);
        const probes = [...wrapper.querySelectorAll('dcw-probe')];
        await waitUntil(() => probes.every((p) => text(p, '.version') === '9.9.9'), 'not all loaded', {
          timeout: 5000,
        });
        expect(calls.filter((c) => c.includes('shared='))).to.have.length(1);
      } finally {
        window.fetch = original;
      }
    });

    it('aborts the fetch when the element is removed before it finishes', async () => {
      const fetchStub = hangingFetch();
      try {
        const el = await fixture<DcwProbe>(
          html`<dcw-probe src="/raw/test/fixtures/custom-dataset.json?abort"></dcw-probe>`,
        );
        expect(text(el, '[role="status"]')).to.contain('Loading');
        await expect(el).to.be.accessible();
        el.remove();
        expect(fetchStub.signal()?.aborted).to.equal(true);
      } finally {
        fetchStub.restore();
      }
    });
  });
});

import { withInlineData } from '../support/inline-data.js';
import { $, $$, textOf } from '../support/query.js';
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/role-comparison/define.js';
import type { DcwRoleComparison } from '../../src/role-comparison/define.js';
import { bundledDataset } from '../../src/shared/dataset/bundled.js';
import type { Dataset } from '../../src/shared/dataset/schema.js';
import { primarySalary, outlookFor } from '../../src/shared/figures.js';
import { formatMoney, formatNumber } from '../../src/shared/intl-cache.js';
import { messagesFor, sharedMessages } from '../../src/shared/messages.js';

const FIXTURE = '/raw/test/role-comparison/fixtures/comparison.json';
let json = '';
let data: Dataset;

before(async () => {
  // No "Your skills" row here (progress.test.ts): no checklist progress left by other test files.
  for (const role of bundledDataset.roles) localStorage.removeItem(`dcw-skills:${role.id}`);
  json = await (await fetch(FIXTURE)).text();
  data = JSON.parse(json) as Dataset;
});

/**
 * Waits for the layout the element picks for its width: its ResizeObserver reports after the
 * first layout, and a swap renders in that same frame, before paint.
 */
async function settled(el: DcwRoleComparison): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

/** A comparison on the fixture data (inline JSON child) inside a wrapper of the given width. */
async function compare(attrs: Record<string, string> = {}, width = 1000): Promise<DcwRoleComparison> {
  const wrapper = document.createElement('div');
  wrapper.style.width = `${width}px`;
  const el = document.createElement('dcw-role-comparison');
  for (const [name, value] of Object.entries({ locale: 'en-US', ...attrs })) el.setAttribute(name, value);
  withInlineData(el, json);
  wrapper.append(el);
  await fixture(wrapper);
  await settled(el);
  return el;
}

/** Collects the page's error events (a ResizeObserver loop is reported as one) while `run` runs. */
async function pageErrors(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  window.addEventListener('error', onError);
  try {
    await run();
  } finally {
    window.removeEventListener('error', onError);
  }
  return errors;
}

/** An element's own text, without that of its child elements (a tag's marker, a header's region). */
const itemText = (li: Element) =>
  [...li.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('')
    .trim();
/** Role names in the table's column headers, without the screen-reader-only "(highlighted)". */
const columnNames = (el: DcwRoleComparison) => $$(el, 'thead th[scope="col"] button').map(textOf);
const rowNames = (el: DcwRoleComparison) => $$(el, 'tbody th[scope="row"]').map(itemText);
const notices = (el: DcwRoleComparison) => textOf($(el, '[part="notice"]'));
/** The table cell of a dimension row (by row header text) and role column (by index). */
function cell(el: DcwRoleComparison, dimension: string, column: number): HTMLElement {
  const row = $$(el, 'tbody tr').find((tr) => textOf(tr.querySelector('th')).startsWith(dimension));
  expect(row, `row ${dimension}`).to.exist;
  return row!.querySelectorAll<HTMLElement>('td')[column]!;
}

describe('<dcw-role-comparison>', () => {
  describe('with the bundled dataset', () => {
    it('renders a table of its dimensions with no notice or alert', async () => {
      const el = await fixture<DcwRoleComparison>(html`<dcw-role-comparison></dcw-role-comparison>`);
      await expect(el).to.be.accessible();
      expect($$(el, 'tbody tr')).to.have.length(bundledDataset.dimensions.length);
      expect($$(el, 'thead th[scope="col"]')).to.have.length(Math.min(2, bundledDataset.roles.length));
      expect($(el, '[role="alert"]')).to.equal(null);
      expect($(el, '[part="notice"]')).to.equal(null);
      expect(textOf($(el, '[part="base"]'))).not.to.match(/undefined|NaN|Infinity/);
    });

    it('renders every role it has, narrow and dark, accessibly', async () => {
      const ids = bundledDataset.roles
        .slice(0, 3)
        .map((r) => r.id)
        .join(' ');
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><dcw-role-comparison roles=${ids} theme="dark" highlight=${bundledDataset.roles[0]!.id}></dcw-role-comparison></div>`,
      );
      const el = wrapper.querySelector('dcw-role-comparison')!;
      await settled(el);
      await expect(el).to.be.accessible();
      expect($$(el, '[part="card"]')).to.have.length(bundledDataset.dimensions.length);
      expect(textOf($(el, '[part="base"]'))).not.to.match(/undefined|NaN|Infinity/);
      const [marked, plain] = [...$$(el, '[part="card"]')[0]!.querySelectorAll('dl > div')].map(
        (d) => getComputedStyle(d).backgroundColor,
      );
      expect(marked, 'the highlighted role stands out in a card').to.not.equal(plain);
    });
  });

  describe('roles', () => {
    it('defaults to front end and back end', async () => {
      const el = await compare();
      await expect(el).to.be.accessible();
      expect(el.roles).to.equal('frontend backend');
      expect(columnNames(el)).to.deep.equal(['Front-end developer', 'Back-end developer']);
      expect(textOf($(el, 'caption'))).to.equal('Comparison: Front-end developer and Back-end developer');
    });

    it('shows two or three roles in the order given, and follows changes', async () => {
      const el = await compare({ roles: 'programmer fullstack backend' });
      await expect(el).to.be.accessible();
      expect(columnNames(el)).to.deep.equal(['Computer programmer', 'Full-stack developer', 'Back-end developer']);
      el.roles = 'backend frontend';
      await el.updateComplete;
      expect(columnNames(el)).to.deep.equal(['Back-end developer', 'Front-end developer']);
      expect($(el, '[part="notice"]')).to.equal(null);
    });

    it('ignores unknown ids with a notice', async () => {
      const el = await compare({ roles: 'backend nope fullstack' });
      await expect(el).to.be.accessible();
      expect(columnNames(el)).to.deep.equal(['Back-end developer', 'Full-stack developer']);
      expect(notices(el)).to.equal('Unknown roles "nope"; showing Back-end developer and Full-stack developer.');
      expect($(el, '[part="notice"]')!.getAttribute('role')).to.equal('status');
    });

    it('shows the default pair when fewer than two known roles remain', async () => {
      const el = await compare({ roles: 'backend zz' });
      expect(columnNames(el)).to.deep.equal(['Front-end developer', 'Back-end developer']);
      expect(notices(el)).to.contain('"zz"');
      expect(notices(el)).to.contain('Compares 2 or 3 roles; showing Front-end developer and Back-end developer.');
      const none = await compare({ roles: '<b>x</b>' });
      expect(columnNames(none)).to.deep.equal(['Front-end developer', 'Back-end developer']);
      expect(notices(none)).to.contain('"<b>x</b>"');
      expect($(none, 'b')).to.equal(null);
    });

    it('shows the first three of more than three, with a notice', async () => {
      const el = await compare({ roles: 'fullstack programmer frontend backend' });
      expect(columnNames(el)).to.deep.equal(['Full-stack developer', 'Computer programmer', 'Front-end developer']);
      expect(notices(el)).to.equal(
        'Compares 2 or 3 roles; showing Full-stack developer, Computer programmer, and Front-end developer.',
      );
    });
  });

  describe('dimensions', () => {
    it('shows all by default, in dataset order', async () => {
      const el = await compare();
      expect(rowNames(el)).to.deep.equal(data.dimensions.map((d) => d.name));
    });

    it('shows the ids given, in that order', async () => {
      const el = await compare({ dimensions: 'pay languages focus' });
      await expect(el).to.be.accessible();
      expect(rowNames(el)).to.deep.equal(['Pay', 'Languages', 'Focus']);
      el.dimensions = 'tools';
      await el.updateComplete;
      expect(rowNames(el)).to.deep.equal(['Tools']);
    });

    it('ignores unknown ids with a notice, and shows all when none is known', async () => {
      const el = await compare({ dimensions: 'pay salary' });
      expect(rowNames(el)).to.deep.equal(['Pay']);
      expect(notices(el)).to.equal('Unknown dimensions "salary"; showing Pay.');
      const none = await compare({ dimensions: 'x' });
      expect(rowNames(none)).to.have.length(data.dimensions.length);
      expect(notices(none)).to.contain('"x"');
    });

    it('says "Not stated" for a missing or empty value', async () => {
      const el = await compare({ roles: 'backend programmer', dimensions: 'tools entry-path' });
      expect(textOf(cell(el, 'Tools', 1))).to.equal('Not stated');
      expect(textOf(cell(el, 'Entry path', 1))).to.equal('Not stated');
      expect(textOf(cell(el, 'Entry path', 0))).to.equal(data.roles[1]!.values['entry-path']);
    });
  });

  describe('highlight', () => {
    it('emphasises a role visually and for screen readers', async () => {
      const el = await compare({ roles: 'frontend backend fullstack', highlight: 'backend' });
      await expect(el).to.be.accessible();
      const headers = $$(el, 'thead th[scope="col"]');
      expect(textOf(headers[1])).to.equal('Back-end developer (highlighted)');
      expect(textOf(headers[0])).to.equal('Front-end developer');
      expect(headers[1]!.querySelector('.visually-hidden')).to.exist;
      expect(headers.map((th) => th.querySelector('button')!.getAttribute('aria-pressed'))).to.deep.equal([
        'false',
        'true',
        'false',
      ]);
      const plain = getComputedStyle(cell(el, 'Focus', 0)).backgroundColor;
      const marked = getComputedStyle(cell(el, 'Focus', 1)).backgroundColor;
      expect(marked).to.not.equal(plain);
    });

    it('is marked in the cards too', async () => {
      const el = await compare({ highlight: 'frontend' }, 320);
      await expect(el).to.be.accessible();
      const terms = $$(el, '[part="card"]')[0]!.querySelectorAll('dt');
      expect(textOf(terms[0])).to.equal('Front-end developer (highlighted)');
      expect(textOf(terms[1])).to.equal('Back-end developer');
      expect($$(el, '.picker button').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false']);
      expect(textOf($(el, '#' + $(el, '.picker')!.getAttribute('aria-labelledby')))).to.equal('Highlight a role');
    });

    it('ignores an unknown role, or one not shown, with a notice', async () => {
      for (const highlight of ['nope', 'fullstack']) {
        const el = await compare({ highlight });
        await expect(el).to.be.accessible();
        expect(notices(el)).to.equal(
          `Unknown highlight "${highlight}"; showing Front-end developer and Back-end developer.`,
        );
        expect($$(el, '[aria-pressed="true"]')).to.have.length(0);
        expect($(el, '.hl')).to.equal(null);
      }
    });
  });

  describe('region and figures', () => {
    const moneyOf = (locale: string, role: string, region: string): string[] => {
      const salary = primarySalary(data, role, region);
      const currency = data.regions.find((r) => r.id === region)!.currency;
      if (!salary) return [];
      const digits = salary.period === 'hour' ? 2 : 0;
      const band = [salary.p10 ?? salary.p25, salary.p90 ?? salary.p75].filter((n): n is number => n !== undefined);
      // Compared as text: white space (a no-break space before "$" in de-DE) normalised.
      return [salary.median, ...band].map((n) => formatMoney(locale, n, currency, digits).replace(/\s+/g, ' '));
    };

    for (const locale of ['en-US', 'de-DE', 'es-ES']) {
      it(`pay row shows the calculator's figures (primarySalary + formatMoney) in ${locale}`, async () => {
        const el = await compare({ locale, roles: 'frontend backend programmer', dimensions: 'pay' });
        await expect(el).to.be.accessible();
        const noFigure = messagesFor(sharedMessages, locale).noFigure;
        ['frontend', 'backend', 'programmer'].forEach((role, i) => {
          const shown = textOf(cell(el, 'Pay', i));
          const expected = moneyOf(locale, role, 'us');
          if (expected.length === 0) expect(shown).to.equal(noFigure);
          for (const figure of expected) expect(shown).to.contain(figure);
        });
        expect(textOf(cell(el, 'Pay', 1))).to.match(locale === 'en-US' ? /Median: \$133,080 per year/ : /133\.080/);
      });
    }

    it('pay row gives the band, the period, the note and the source with its occupation', async () => {
      const el = await compare({ roles: 'backend programmer', dimensions: 'pay' });
      const backend = cell(el, 'Pay', 0);
      expect(textOf(backend)).to.contain('10th–90th percentile: $79,850 – $211,450');
      expect(textOf(backend)).to.contain(data.salaries[0]!.note!);
      const source = backend.querySelector('[part="source"]')!;
      expect(textOf(source)).to.contain('Source:');
      expect(textOf(source)).to.contain('May 2024 — Software Developers (SOC 15-1252)');
      expect(source.querySelector('a')!.getAttribute('href')).to.equal('https://www.bls.gov/oes/current/oes151252.htm');
      const programmer = textOf(cell(el, 'Pay', 1));
      expect(programmer).to.contain('Median: $47.44 per hour');
      expect(programmer).not.to.contain('percentile');
      expect(textOf($(el, 'tbody th'))).to.equal('Pay (United States)');
    });

    it('region picks the figures, and says "No published figure" where there are none', async () => {
      const el = await compare({ roles: 'backend fullstack', region: 'world', dimensions: 'pay outlook' });
      await expect(el).to.be.accessible();
      expect(textOf(cell(el, 'Pay', 0))).to.equal('No published figure');
      expect(textOf(cell(el, 'Pay', 1))).to.contain(formatMoney('en-US', 63333, 'USD'));
      expect(textOf(cell(el, 'Outlook', 0))).to.equal('No published figure');
      expect(textOf($(el, 'tbody th'))).to.equal('Pay (Worldwide (survey))');
    });

    it('an unknown region falls back to the default with a notice', async () => {
      const el = await compare({ region: 'mars', dimensions: 'pay' });
      expect(notices(el)).to.contain('Unknown region "mars"');
      expect(textOf(cell(el, 'Pay', 1))).to.contain('$133,080');
    });

    it('outlook row gives growth, openings and jobs with the span and source', async () => {
      const el = await compare({ roles: 'frontend backend programmer', dimensions: 'outlook', locale: 'de-DE' });
      await expect(el).to.be.accessible();
      const backend = outlookFor(data, 'backend', 'us')!;
      const shown = textOf(cell(el, 'Outlook', 1));
      expect(shown).to.contain('Wachstum 2024–34: +15');
      expect(shown).to.contain(`Offene Stellen pro Jahr: ${formatNumber('de-DE', backend.openingsPerYear!)}`);
      expect(shown).to.contain(`Beschäftigte: ${formatNumber('de-DE', backend.employment!)}`);
      expect(cell(el, 'Outlook', 1).querySelector('[part="source"]')).to.exist;
      expect(textOf(cell(el, 'Outlook', 2))).to.match(/Wachstum 2024–34: [-−]6/);
      expect(textOf(cell(el, 'Outlook', 0))).to.equal('Keine veröffentlichte Zahl');
    });
  });

  describe('shared items', () => {
    it('marks items more than one shown role has, with text for screen readers and a legend', async () => {
      const el = await compare({ dimensions: 'languages tools' });
      await expect(el).to.be.accessible();
      const sharedTags = $$(el, 'table [part~="shared"]').map((li) => itemText(li));
      expect(sharedTags).to.deep.equal(['JavaScript', 'JavaScript', 'Git', 'Git']);
      const js = $$(el, 'table [part~="shared"]')[0]!;
      expect(js.getAttribute('part')).to.equal('tag shared');
      expect(textOf(js)).to.equal('↔ JavaScript (shared)');
      expect(js.querySelector('[aria-hidden="true"]')).to.exist;
      expect(js.querySelector('.visually-hidden')).to.exist;
      const plain = $$(el, 'table [part="tag"]').find((li) => textOf(li) === 'HTML')!;
      expect(getComputedStyle(js).borderTopWidth).to.not.equal(getComputedStyle(plain).borderTopWidth);
      expect(getComputedStyle(js).borderTopColor).to.not.equal(getComputedStyle(plain).borderTopColor);
      expect(textOf($(el, '[part="legend"]'))).to.equal('↔ Shared by more than one role');
    });

    it('counts sharing among the roles shown only, ignoring case', async () => {
      const el = await compare({ roles: 'frontend fullstack programmer', dimensions: 'languages' });
      const shared = $$(el, 'table [part~="shared"]').map((li) => itemText(li));
      // HTML, CSS and JavaScript/javascript in front end and full stack; C++ and Java only in one.
      expect(shared).to.deep.equal(['HTML', 'CSS', 'JavaScript', 'HTML', 'CSS', 'javascript']);
    });

    it('shows no legend where nothing is shared', async () => {
      const el = await compare({ dimensions: 'focus pay' });
      expect($(el, '[part="legend"]')).to.equal(null);
      expect($(el, '[part~="shared"]')).to.equal(null);
    });
  });

  describe('layout', () => {
    it('is a table with a caption and scoped headers when wide', async () => {
      const el = await compare({ roles: 'frontend backend fullstack' }, 1000);
      await expect(el).to.be.accessible();
      expect(getComputedStyle($(el, 'table')!).display).to.equal('table');
      expect($(el, '[part="cards"]'), 'only the layout in use is rendered').to.equal(null);
      expect(textOf($(el, 'table > caption'))).to.contain('Comparison:');
      expect($$(el, 'thead th[scope="col"]')).to.have.length(3);
      expect($$(el, 'tbody th[scope="row"]')).to.have.length(data.dimensions.length);
      expect($$(el, 'td[part="cell"]')).to.have.length(3 * data.dimensions.length);
      expect($$(el, 'td ul > li').length).to.be.greaterThan(0);
    });

    it('is stacked cards, without horizontal scrolling, at 320 px', async () => {
      const el = await compare({ roles: 'frontend backend fullstack', highlight: 'fullstack' }, 320);
      await expect(el).to.be.accessible();
      expect($(el, 'table'), 'only the layout in use is rendered').to.equal(null);
      expect(getComputedStyle($(el, '[part="cards"]')!).display).to.equal('block');
      const cards = $$(el, '[part="card"]');
      expect(cards).to.have.length(data.dimensions.length);
      expect(cards.map((c) => textOf(c.querySelector('[part="card-header"]')))).to.include('Languages');
      expect(cards[0]!.querySelectorAll('dt')).to.have.length(3);
      expect(el.getBoundingClientRect().width).to.equal(320);
      const base = $(el, '[part="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.parentElement!.scrollWidth).to.be.at.most(320);
      for (const card of cards)
        expect(card.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
    });

    it('switches when its own width changes, not the viewport, with no error', async () => {
      const el = await compare({ highlight: 'backend' }, 1000);
      const errors = await pageErrors(async () => {
        el.parentElement!.style.width = '320px';
        await waitUntil(() => $(el, '[part="cards"]'), 'no cards at 320 px');
        expect($(el, 'table')).to.equal(null);
        await settled(el);
        el.parentElement!.style.width = '1000px';
        await waitUntil(() => $(el, 'table'), 'no table at 1000 px');
        expect($(el, '[part="cards"]')).to.equal(null);
        await settled(el);
      });
      expect(errors, 'no "ResizeObserver loop" error').to.deep.equal([]);
      expect($$(el, 'thead button').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true']);
      await expect(el).to.be.accessible();
    });

    it('swaps within the frame that resized it, before that frame is painted', async () => {
      const el = await compare({}, 1000);
      const wrapper = el.parentElement!;
      wrapper.style.height = '5000px'; // so the swap below does not resize the observed wrapper
      await settled(el);
      // Resize observers are called in the order they were made, all before paint: by the time
      // this one hears of the new width, the element's own (made with it) has swapped the layout.
      const cardsWhenResized = new Promise<boolean>((ok) => {
        const observer = new ResizeObserver(() => {
          observer.disconnect();
          ok(!!$(el, '[part="cards"]') && !$(el, 'table'));
        });
        observer.observe(wrapper);
        wrapper.style.width = '320px';
      });
      expect(await cardsWhenResized).to.equal(true);
    });

    it('keeps following its width after it is moved in the page, and after being hidden', async () => {
      const el = await compare({}, 1000);
      const narrow = document.createElement('div');
      narrow.style.width = '320px';
      el.parentElement!.after(narrow);
      narrow.append(el);
      await waitUntil(() => $(el, '[part="cards"]'), 'no cards after the move to a 320 px box');
      el.hidden = true;
      await settled(el);
      expect($(el, '[part="cards"]'), 'hidden, it keeps its layout').to.not.equal(null);
      narrow.style.width = '1000px';
      el.hidden = false;
      await waitUntil(() => $(el, 'table'), 'no table once shown in a 1000 px box');
      narrow.remove();
    });

    for (const theme of ['light', 'dark'] as const) {
      for (const width of [1000, 320]) {
        it(`passes axe ${width === 320 ? 'narrow' : 'wide'} in the ${theme} theme`, async () => {
          const el = await compare(
            { theme, roles: 'frontend backend fullstack', highlight: 'backend', region: 'us' },
            width,
          );
          await expect(el).to.be.accessible();
          const surface = getComputedStyle($(el, '[part="base"]')!).backgroundColor;
          expect(surface).to.equal(theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(22, 27, 34)');
          expect($$(el, width === 320 ? '[part="card"]' : 'tbody tr')).to.have.length(data.dimensions.length);
        });
      }
    }
  });

  describe('role selection', () => {
    it('fires dcw-role-select when a reader presses a role button', async () => {
      const el = await compare({ roles: 'frontend backend fullstack' });
      await expect(el).to.be.accessible();
      const button = $$(el, 'thead button')[2]!;
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      setTimeout(() => button.click());
      const event = await oneEvent(el, 'dcw-role-select');
      expect(event.detail).to.deep.equal({ role: 'fullstack' });
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      await el.updateComplete;
      expect(el.highlight).to.equal('fullstack');
      expect(el.getAttribute('highlight')).to.equal('fullstack');
      expect($$(el, 'thead button')[2]!.getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('fires from the narrow layout buttons too, heard on document', async () => {
      const el = await compare({}, 320);
      const heard: string[] = [];
      const listener = (e: CustomEvent<{ role: string }>) => heard.push(e.detail.role);
      document.addEventListener('dcw-role-select', listener);
      try {
        $$(el, '.picker button')[1]!.click();
        await el.updateComplete;
        expect(heard).to.deep.equal(['backend']);
        expect($$(el, '.picker button')[1]!.getAttribute('aria-pressed')).to.equal('true');
      } finally {
        document.removeEventListener('dcw-role-select', listener);
      }
    });

    it('fires nothing when highlight, roles or region are set from code', async () => {
      const el = await compare();
      let fired = 0;
      el.addEventListener('dcw-role-select', () => fired++);
      el.highlight = 'backend';
      await el.updateComplete;
      el.setAttribute('highlight', 'frontend');
      el.roles = 'backend fullstack';
      el.region = 'world';
      await el.updateComplete;
      expect(fired).to.equal(0);
      expect($$(el, 'thead button').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false']);
      el.highlight = 'fullstack';
      await el.updateComplete;
      expect($$(el, 'thead button').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true']);
      expect(fired).to.equal(0);
    });
  });

  describe('common attributes', () => {
    it('uses Spanish and German text and number formats', async () => {
      const es = await compare({ locale: 'es-ES', dimensions: 'pay languages', highlight: 'backend' });
      await expect(es).to.be.accessible();
      expect($(es, '[part="base"]')!.getAttribute('lang')).to.equal('es');
      expect(textOf($(es, 'caption'))).to.equal('Comparación: Front-end developer y Back-end developer');
      expect(textOf($$(es, 'thead th')[1])).to.contain('(destacado)');
      expect(textOf(cell(es, 'Pay', 1))).to.contain('Percentiles 10–90');
      expect(textOf($(es, '[part~="shared"]'))).to.contain('(compartido)');
      const de = await compare({ locale: 'de-DE', dimensions: 'pay' });
      expect(textOf($(de, 'caption'))).to.equal('Vergleich: Front-end developer und Back-end developer');
      expect(textOf(cell(de, 'Pay', 1))).to.contain('Median: 133.080');
      expect(textOf(cell(de, 'Pay', 1))).to.contain('pro Jahr');
    });

    it('shows English text with the number format of a locale it has no text for', async () => {
      const el = await compare({ locale: 'fr-FR', dimensions: 'pay' });
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('en');
      expect(textOf(cell(el, 'Pay', 1))).to.match(/Median: 133\s080/);
    });

    it('loads a dataset from src', async () => {
      const el = await fixture<DcwRoleComparison>(
        html`<dcw-role-comparison src=${FIXTURE} roles="backend programmer" locale="en-US"></dcw-role-comparison>`,
      );
      await waitUntil(() => columnNames(el).includes('Computer programmer'), 'fixture dataset not loaded from src', {
        timeout: 5000,
      });
      await expect(el).to.be.accessible();
      expect(rowNames(el)).to.deep.equal(data.dimensions.map((d) => d.name));
    });

    it('refuses invalid inline data with an alert and shows the bundled data', async () => {
      const el = withInlineData(document.createElement('dcw-role-comparison'), '{ "version": 1 }');
      await fixture(el);
      await expect(el).to.be.accessible();
      expect(textOf($(el, '[role="alert"]'))).to.contain('version');
      expect($$(el, 'tbody tr')).to.have.length(bundledDataset.dimensions.length);
    });
  });
});

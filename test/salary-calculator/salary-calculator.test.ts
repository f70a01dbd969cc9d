import { withInlineData } from '../support/inline-data.js';
import { $, $$, norm, text } from '../support/query.js';
import { expectAccessible } from '../support/axe.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/salary-calculator/define.js';
import type { DcwSalaryCalculator } from '../../src/salary-calculator/define.js';
import type { DcwSalaryChangeDetail } from '../../src/shared/events.js';
import { bundledDataset } from '../../src/shared/dataset/bundled.js';
import { salariesFor, sourceOf } from '../../src/shared/figures.js';
import { formatMoney } from '../../src/shared/intl-cache.js';
import { validateDataset } from '../../src/shared/dataset/validate.js';
import type { Dataset } from '../../src/shared/dataset/schema.js';

const FIXTURE = '/raw/test/salary-calculator/fixtures/bls-2024.json';
const cells = (row: Element) => [...row.children].map((c) => norm(c.textContent!));
const control = <T extends HTMLElement = HTMLInputElement>(el: HTMLElement, id: string) => $(el, `#${id}`) as T;

/** Nothing broken on screen: no NaN, Infinity or undefined anywhere in the text or the chart. */
function expectClean(el: HTMLElement) {
  const all =
    el.shadowRoot!.textContent +
    $$(el, 'svg *')
      .map((n) => [...n.attributes].map((a) => a.value).join(' '))
      .join(' ');
  expect(all).to.not.match(/NaN|Infinity|undefined|null/);
}

/** The primary figure the widget leads with, as the widget picks it (all experience levels first). */
function primary(data: Dataset, role: string, region: string) {
  const all = salariesFor(data, role, region);
  return all.filter((s) => !s.experience)[0] ?? all[0];
}

async function loaded(el: DcwSalaryCalculator, version: string) {
  await waitUntil(
    () => !text(el, '[role="status"]').includes('Loading') && el.shadowRoot!.textContent!.length > 0,
    'not rendered',
    { timeout: 5000 },
  );
  await waitUntil(
    () => (el as unknown as { data: Dataset }).data.version === version,
    `dataset ${version} not loaded`,
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

async function withFixture(attrs: Record<string, string> = {}) {
  const el = document.createElement('dcw-salary-calculator');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('src', FIXTURE);
  return loaded(await fixture<DcwSalaryCalculator>(el), '2.0.0');
}

function typeInto(
  input: HTMLInputElement | HTMLSelectElement,
  value: string,
  type: 'input' | 'change' = input instanceof HTMLSelectElement ? 'change' : 'input',
) {
  input.value = value;
  input.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
}

describe('<dcw-salary-calculator>', () => {
  describe('fixtures', () => {
    it('the fixture dataset passes the schema and integrity checks', async () => {
      const json = await (await fetch(FIXTURE)).json();
      expect(validateDataset(json).ok).to.equal(true);
    });
  });

  describe('default (bundled dataset)', () => {
    it('shows the median, the band chart, the source and conversions for back-end in the default region', async () => {
      const el = await fixture<DcwSalaryCalculator>(
        html`<dcw-salary-calculator locale="en-US"></dcw-salary-calculator>`,
      );
      await expectAccessible(el);
      const region = bundledDataset.regions.find((r) => r.id === bundledDataset.defaultRegion)!;
      const figure = primary(bundledDataset, 'backend', region.id);
      expect(text(el, '[part="header"]')).to.contain(bundledDataset.roles.find((r) => r.id === 'backend')!.name);
      expect(text(el, '[part="header"]')).to.contain(region.name);
      expect(control<HTMLSelectElement>(el, 'role').value).to.equal('backend');
      expect(control<HTMLSelectElement>(el, 'region').value).to.equal(region.id);
      expect(control<HTMLSelectElement>(el, 'period').value).to.equal('year');
      expect(control(el, 'hours').value).to.equal('40');
      expect(control(el, 'weeks').value).to.equal('52');
      expect($(el, '[part="result"]')!.getAttribute('aria-live')).to.equal('polite');
      expect($(el, '[part="notice"]')).to.equal(null);
      if (figure) {
        expect(text(el, '.figure')).to.equal(formatMoney('en-US', figure.median, region.currency));
        expect(text(el, '.figure')).to.equal('$135,980'); // BLS OEWS May 2025, software developers
        const source = sourceOf(bundledDataset, figure.source)!;
        const link = $(el, '[part="result"] [part="source"] a') as HTMLAnchorElement;
        expect(link.href).to.equal(source.url);
        expect(text(el, '[part="result"] [part="source"]')).to.contain(figure.occupation);
        expect($(el, 'svg[part="chart"]')!.getAttribute('role')).to.equal('img');
        expect(text(el, '.formula')).to.contain('× 40 h × 52 weeks = 2,080 h');
      } else {
        expect(text(el, '.figure')).to.equal('No published figure');
      }
      expectClean(el);
    });

    it('shows every published figure for the role and region, each with its source', async () => {
      const el = await fixture<DcwSalaryCalculator>(
        html`<dcw-salary-calculator role="backend" region="us"></dcw-salary-calculator>`,
      );
      await expectAccessible(el);
      const figures = salariesFor(bundledDataset, 'backend', 'us').filter((s) => !s.experience);
      const others = $$(el, '.others li');
      expect(others).to.have.length(Math.max(0, figures.length - 1));
      // The two BLS Occupational Outlook Handbook medians, after the OEWS one the widget leads with.
      expect(others.map((li) => li.textContent).join(' ')).to.match(/\$132,270.*\$130,160/s);
      figures.slice(1).forEach((s, i) => {
        expect(others[i]!.textContent).to.contain(formatMoney('en-US', s.median, 'USD', s.period === 'hour' ? 2 : 0));
        expect(others[i]!.querySelector('[part="source"] a')!.getAttribute('href')).to.equal(
          sourceOf(bundledDataset, s.source)!.url,
        );
      });
    });

    /** The figure each role and region leads with in the bundled dataset, written out; none: no published figure. */
    const LEADING_FIGURE: Record<string, string> = {
      'backend×us': '$135,980', // BLS OEWS May 2025, software developers
      'backend×ca': 'CA$48.08', // Job Bank 2025 wages, NOC 21232, an hour
      'backend×gb': '£55,587', // ONS ASHE, SOC 2134
      'backend×de': '€6,528', // Entgeltatlas 2024, Backend-Entwickler, a month
      'backend×au': 'A$2,208', // JSA May 2021, 2613, a week
      'frontend×us': '$90,930', // BLS, web developers (15-1254)
      'frontend×de': '€4,826', // Entgeltatlas 2024, web developers, a month
      'frontend×au': 'A$1,910', // JSA May 2021, 2612, a week
      'fullstack×world': '$63,333',
    };
    for (const role of bundledDataset.roles) {
      for (const region of bundledDataset.regions) {
        it(`renders ${role.id} × ${region.id} from the bundled data, or says there is no figure`, async () => {
          const el = await fixture<DcwSalaryCalculator>(
            html`<dcw-salary-calculator .role=${role.id} region=${region.id} locale="en-US" compare pay="100000"></dcw-salary-calculator>`,
          );
          await expectAccessible(el);
          expect($(el, '[part="notice"]')).to.equal(null);
          const figure = primary(bundledDataset, role.id, region.id);
          if (figure) {
            expect(text(el, '.figure')).to.equal(
              formatMoney('en-US', figure.median, region.currency, figure.period === 'hour' ? 2 : 0),
            );
            expect(text(el, '.figure')).to.equal(LEADING_FIGURE[`${role.id}×${region.id}`]);
            expect($(el, '[part="chart"]')).to.not.equal(null);
            expect(text(el, '.position')).to.match(/percentile/);
          } else {
            expect(LEADING_FIGURE[`${role.id}×${region.id}`]).to.equal(undefined);
            expect(text(el, '.figure')).to.equal('No published figure');
            expect($(el, '[part="chart"]')).to.equal(null);
          }
          expect($$(el, '.compare tbody tr, .compare tr').length).to.be.greaterThan(bundledDataset.roles.length - 1);
          expectClean(el);
        });
      }
    }
  });

  describe('with real BLS figures (fixture through src)', () => {
    it('with only a published median: one marker, one label, no band, no invented percentiles', async () => {
      const json = await (await fetch(FIXTURE)).json();
      const backend = json.salaries[0];
      for (const k of ['p10', 'p25', 'p75', 'p90']) delete backend[k];
      const el = withInlineData(document.createElement('dcw-salary-calculator'), json);
      el.setAttribute('locale', 'en-US');
      el.setAttribute('pay', '150000');
      await fixture(el);
      await expectAccessible(el);
      expect($$(el, '.chart text').map((t) => t.textContent)).to.deep.equal(['$133,080']);
      expect($(el, '.chart .inner')).to.equal(null);
      expect($(el, '[part="chart"]')!.getAttribute('aria-label')).to.equal(
        '50th percentile: $133,080. Your pay, $150,000 a year, is above the 50th percentile.',
      );
      expect($$(el, 'table.visually-hidden tr').map(cells)).to.deep.equal([
        ['50th percentile', '$133,080'],
        ['Your pay', '$150,000'],
      ]);
    });

    it('draws the p10–p90 band with the median and the same numbers in a hidden table', async () => {
      const el = await withFixture({ locale: 'en-US' });
      await expectAccessible(el);
      expect(text(el, '.figure')).to.equal('$133,080');
      const label = $(el, '[part="chart"]')!.getAttribute('aria-label')!;
      expect(label).to.equal(
        '10th percentile: $79,850; 25th percentile: $103,050; 50th percentile: $133,080; 75th percentile: $169,000; 90th percentile: $211,450.',
      );
      expect($$(el, 'table.visually-hidden tr').map(cells)).to.deep.equal([
        ['10th percentile', '$79,850'],
        ['25th percentile', '$103,050'],
        ['50th percentile', '$133,080'],
        ['75th percentile', '$169,000'],
        ['90th percentile', '$211,450'],
      ]);
      expect($$(el, '.chart rect')).to.have.length(2);
      expect($(el, '.chart .median')).to.not.equal(null);
      expect($(el, '.chart .you')).to.equal(null);
    });

    it('places a pay inside the band: about the 39th percentile, labelled approximate', async () => {
      const el = await withFixture({ locale: 'en-US', pay: '120000' });
      await expectAccessible(el);
      expect(text(el, '.position')).to.equal('Your pay, $120,000 a year, is around the 39th percentile (approximate).');
      expect($(el, 'circle.you')).to.not.equal(null);
      expect($(el, '[part="chart"]')!.getAttribute('aria-label')).to.contain('around the 39th percentile');
      expect(cells($$(el, 'table.visually-hidden tr').pop()!)).to.deep.equal(['Your pay', '$120,000']);
    });

    it('says below the 10th and above the 90th, with the marker pinned to the edge', async () => {
      const el = await withFixture({ locale: 'en-US', pay: '30000' });
      await expectAccessible(el);
      expect(text(el, '.position')).to.contain('below the 10th percentile');
      expect(text(el, 'text.you')).to.equal('◀');
      el.pay = 500000;
      await el.updateComplete;
      await expectAccessible(el);
      expect(text(el, '.position')).to.contain('above the 90th percentile');
      expect(text(el, 'text.you')).to.equal('▶');
      expectClean(el);
    });

    it('converts the median and the pay to hour, week, month and year, with the formula', async () => {
      const el = await withFixture({ locale: 'en-US', pay: '50', 'pay-period': 'hour' });
      await expectAccessible(el);
      const rows = $$(el, 'table.conversions tr').map((r) =>
        [...r.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
      );
      expect(rows).to.deep.equal([
        ['Pay period', 'Median', 'Your pay'],
        ['Hour', '$63.98', '$50.00'],
        ['Week', '$2,559', '$2,000'],
        ['Month', '$11,090', '$8,667'],
        ['Year', '$133,080 (published)', '$104,000'],
      ]);
      expect(text(el, '.formula')).to.equal('Year = hour × 40 h × 52 weeks = 2,080 h; month = year ÷ 12.');
    });

    it('uses hours-per-week and weeks-per-year in the conversions', async () => {
      const el = await withFixture({
        locale: 'en-US',
        pay: '30',
        'pay-period': 'hour',
        'hours-per-week': '37.5',
        'weeks-per-year': '46',
      });
      await expectAccessible(el);
      expect(control(el, 'hours').value).to.equal('37.5');
      expect(text(el, '.formula')).to.contain('× 37.5 h × 46 weeks = 1,725 h');
      // 30 × 37.5 × 46 = 51,750
      expect(text(el, 'table.conversions')).to.contain('$51,750');
    });

    it('shows a published hourly figure as published, not re-derived', async () => {
      const el = await withFixture({ locale: 'en-US', role: 'programmer' });
      await expectAccessible(el);
      expect(text(el, '.figure')).to.equal('$47.44');
      expect(text(el, '[part="result"] p')).to.contain('Median hourly pay');
      expect(cells($$(el, 'table.conversions tr')[1]!)).to.deep.equal(['Hour', '$47.44 (published)']);
      // 47.44 × 2,080 = 98,675.20
      expect(text(el, 'table.conversions')).to.contain('$98,675');
    });

    it('says "No published figure" for a role or region without figures, and still converts a pay', async () => {
      const el = await withFixture({ locale: 'en-US', region: 'gb', pay: '52000' });
      await expectAccessible(el);
      expect(text(el, '.figure')).to.equal('No published figure');
      expect($(el, '[part="chart"]')).to.equal(null);
      expect(text(el, 'table.conversions')).to.contain('£1,000');
      expectClean(el);
    });

    it('compares the other roles for the region with the difference to the selected one', async () => {
      const el = await withFixture({ locale: 'en-US', compare: '' });
      await expectAccessible(el);
      const rows = $$(el, '.compare tr').map((r) =>
        [...r.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
      );
      expect(rows).to.deep.equal([
        ['Role', 'Median', 'Difference'],
        ['Back-end developer (selected)', '$133,080', '$0'],
        ['Front-end developer', 'No published figure', '–'],
        // 47.44 × 2,080 = 98,675.20; 98,675.20 − 133,080 = −34,404.80
        ['Programmer', '$98,675', '-$34,405'],
      ]);
      expect($$(el, '.compare + ul [part="source"]')).to.have.length(1);
    });

    it('reads an inline <script type="application/json"> dataset', async () => {
      const json = await (await fetch(FIXTURE)).text();
      const el = withInlineData(document.createElement('dcw-salary-calculator'), json);
      el.setAttribute('locale', 'en-US');
      await fixture(el);
      await expectAccessible(el);
      expect(text(el, '.figure')).to.equal('$133,080');
      expect($$(el, '#role option').map((o) => o.textContent)).to.deep.equal([
        'Back-end developer',
        'Front-end developer',
        'Programmer',
      ]);
    });
  });

  describe('attributes', () => {
    it('reflects every attribute into its property', async () => {
      const el = await fixture<DcwSalaryCalculator>(
        html`<dcw-salary-calculator role="frontend" region="us" experience="3" pay="5000" pay-period="month" hours-per-week="35" weeks-per-year="48" compare locale="de-DE" theme="dark"></dcw-salary-calculator>`,
      );
      await expectAccessible(el);
      expect([
        el.role,
        el.region,
        el.experience,
        el.pay,
        el.payPeriod,
        el.hoursPerWeek,
        el.weeksPerYear,
        el.compare,
        el.locale,
        el.theme,
      ]).to.deep.equal(['frontend', 'us', 3, 5000, 'month', 35, 48, true, 'de-DE', 'dark']);
      expect(control(el, 'pay').value).to.equal('5000');
      expect(control<HTMLSelectElement>(el, 'period').value).to.equal('month');
      expect(control(el, 'hours').value).to.equal('35');
      expect(control(el, 'weeks').value).to.equal('48');
      expect(control(el, 'compare').checked).to.equal(true);
      expect($(el, '.compare')).to.not.equal(null);
      expectClean(el);
    });

    it('role-id selects the role and passes axe with no rule waived; the select then sets roleId', async () => {
      const el = await withFixture({ locale: 'en-US', 'role-id': 'programmer' });
      expect(el.hasAttribute('role')).to.equal(false);
      await expect(el).to.be.accessible();
      expect(el.roleId).to.equal('programmer');
      expect(control<HTMLSelectElement>(el, 'role').value).to.equal('programmer');
      expect(text(el, '[part="header"]')).to.contain('Programmer');
      expect(text(el, '.figure')).to.equal('$47.44');
      expect($(el, '[part="notice"]')).to.equal(null);
      const event = oneEvent(el, 'dcw-salary-change');
      typeInto(control<HTMLSelectElement>(el, 'role'), 'backend');
      expect((await event).detail.role).to.equal('backend');
      expect(el.roleId).to.equal('backend');
      expect(text(el, '.figure')).to.equal('$133,080');
      await expect(el).to.be.accessible();
    });

    it('role-id wins over role when both are given; a blank role-id leaves role in charge', async () => {
      const el = await withFixture({ locale: 'en-US', role: 'backend', 'role-id': 'programmer' });
      await expectAccessible(el);
      expect(control<HTMLSelectElement>(el, 'role').value).to.equal('programmer');
      expect(text(el, '.figure')).to.equal('$47.44');
      el.setAttribute('role-id', ' ');
      await el.updateComplete;
      expect(control<HTMLSelectElement>(el, 'role').value).to.equal('backend');
      el.removeAttribute('role-id');
      el.role = 'programmer';
      await el.updateComplete;
      expect(control<HTMLSelectElement>(el, 'role').value).to.equal('programmer');
      expect($(el, '[part="notice"]')).to.equal(null);
    });

    it('experience: says so when the data has no figures by experience, and reports it in the event', async () => {
      const el = await withFixture({ locale: 'en-US', experience: '5' });
      await expectAccessible(el);
      expect(text(el, '[part="notice"]')).to.equal('No figures for experience "5"; showing all levels.');
      expect(text(el, '.figure')).to.equal('$133,080');
      const event = oneEvent(el, 'dcw-salary-change');
      typeInto(control(el, 'pay'), '1');
      expect((await event).detail.experience).to.equal(5);
    });

    it('compare can be switched on and off from code and from the checkbox', async () => {
      const el = await withFixture({ locale: 'en-US' });
      expect($(el, '.compare')).to.equal(null);
      el.compare = true;
      await el.updateComplete;
      await expectAccessible(el);
      expect($(el, '.compare')).to.not.equal(null);
      const box = control(el, 'compare');
      box.checked = false;
      box.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(el.compare).to.equal(false);
      expect($(el, '.compare')).to.equal(null);
    });

    it('follows role and region set from code (and passes axe in full: no role attribute)', async () => {
      const el = await withFixture({ locale: 'en-US' });
      el.role = 'programmer';
      await el.updateComplete;
      expect(control<HTMLSelectElement>(el, 'role').value).to.equal('programmer');
      expect(text(el, '.figure')).to.equal('$47.44');
      el.region = 'gb';
      await el.updateComplete;
      await expectAccessible(el);
      expect(control<HTMLSelectElement>(el, 'region').value).to.equal('gb');
      expect(text(el, '.figure')).to.equal('No published figure');
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, Record<string, string>, (el: DcwSalaryCalculator) => void]> = [
      [
        'unknown role → default with a notice',
        { role: 'astronaut' },
        (el) => {
          expect(text(el, '[part="notice"]')).to.contain('Unknown role "astronaut"; showing Back-end developer.');
          expect(control<HTMLSelectElement>(el, 'role').value).to.equal('backend');
          expect(text(el, '.figure')).to.equal('$133,080');
        },
      ],
      [
        'unknown role-id → default with a notice',
        { 'role-id': 'astronaut' },
        (el) => {
          expect(text(el, '[part="notice"]')).to.contain('Unknown role-id "astronaut"; showing Back-end developer.');
          expect(control<HTMLSelectElement>(el, 'role').value).to.equal('backend');
        },
      ],
      [
        'unknown region → default with a notice',
        { region: 'atlantis' },
        (el) => {
          expect(text(el, '[part="notice"]')).to.contain('Unknown region "atlantis"; showing United States.');
          expect(control<HTMLSelectElement>(el, 'region').value).to.equal('us');
        },
      ],
      [
        'unknown pay-period → year with a notice',
        { 'pay-period': 'fortnight', pay: '1000' },
        (el) => {
          expect(text(el, '[part="notice"]')).to.contain('Unknown pay-period "fortnight"; showing Year.');
          expect(control<HTMLSelectElement>(el, 'period').value).to.equal('year');
        },
      ],
      [
        'negative experience → all levels with a notice',
        { experience: '-2' },
        (el) => {
          expect(text(el, '[part="notice"]')).to.contain('No figures for experience "-2"; showing all levels.');
        },
      ],
      [
        'non-numeric experience → all levels, no NaN',
        { experience: 'senior' },
        (el) => {
          expect(text(el, '[part="notice"]')).to.contain('No figures for experience "senior"');
        },
      ],
      [
        'negative pay → refused inline',
        { pay: '-5000' },
        (el) => {
          expect(text(el, '#pay-msg')).to.equal('Enter a number above zero.');
          expect(control(el, 'pay').getAttribute('aria-invalid')).to.equal('true');
          expect(control(el, 'pay').getAttribute('aria-describedby')).to.equal('pay-msg');
          expect($(el, '.position')).to.equal(null);
        },
      ],
      [
        'zero pay → refused inline',
        { pay: '0' },
        (el) => {
          expect(text(el, '#pay-msg')).to.equal('Enter a number above zero.');
          expect($(el, '.position')).to.equal(null);
        },
      ],
      [
        'non-numeric pay → refused inline',
        { pay: 'a lot' },
        (el) => {
          expect(text(el, '#pay-msg')).to.equal('Enter a number above zero.');
          expect(control(el, 'pay').value).to.equal('');
        },
      ],
      [
        'absurd pay → refused inline',
        { pay: '5000000', 'pay-period': 'hour' },
        (el) => {
          expect(text(el, '#pay-msg')).to.equal('Too high to compare.');
          expect($(el, '.position')).to.equal(null);
        },
      ],
      [
        '200 hours a week → clamped to 168',
        { 'hours-per-week': '200' },
        (el) => {
          expect(text(el, '#hours-msg')).to.equal('Out of range; using 168.');
          expect(text(el, '.formula')).to.contain('× 168 h × 52 weeks = 8,736 h');
        },
      ],
      [
        '0 hours a week → clamped to 1',
        { 'hours-per-week': '0' },
        (el) => {
          expect(text(el, '#hours-msg')).to.equal('Out of range; using 1.');
          expect(text(el, '.formula')).to.contain('× 1 h × 52 weeks = 52 h');
        },
      ],
      [
        'non-numeric hours → the default 40',
        { 'hours-per-week': 'full-time' },
        (el) => {
          expect(text(el, '#hours-msg')).to.equal('Out of range; using 40.');
          expect(text(el, '.formula')).to.contain('× 40 h');
        },
      ],
      [
        'negative weeks → clamped to 1',
        { 'weeks-per-year': '-3' },
        (el) => {
          expect(text(el, '#weeks-msg')).to.equal('Out of range; using 1.');
          expect(text(el, '.formula')).to.contain('× 40 h × 1 weeks = 40 h');
        },
      ],
      [
        'empty role and pay-period → the defaults, without a notice',
        { role: '', 'pay-period': '' },
        (el) => {
          expect($(el, '[part="notice"]')).to.equal(null);
          expect(control<HTMLSelectElement>(el, 'role').value).to.equal('backend');
          expect(control<HTMLSelectElement>(el, 'period').value).to.equal('year');
        },
      ],
      [
        '60 weeks a year → clamped to 53',
        { 'weeks-per-year': '60' },
        (el) => {
          expect(text(el, '#weeks-msg')).to.equal('Out of range; using 53.');
        },
      ],
    ];
    for (const [name, attrs, check] of cases) {
      it(name, async () => {
        const el = await withFixture({ locale: 'en-US', ...attrs });
        await expectAccessible(el);
        check(el);
        expectClean(el);
      });
    }

    it('a refused pay typed by the reader shows the message and fires pay: null', async () => {
      const el = await withFixture({ locale: 'en-US' });
      const event = oneEvent(el, 'dcw-salary-change');
      typeInto(control(el, 'pay'), '-1');
      expect((await event).detail.pay).to.equal(null);
      await el.updateComplete;
      await expectAccessible(el);
      expect(text(el, '#pay-msg')).to.equal('Enter a number above zero.');
      expectClean(el);
    });
  });

  describe('locale', () => {
    it('en-US', async () => {
      const el = await withFixture({ locale: 'en-US', pay: '120000' });
      await expectAccessible(el);
      expect(text(el, '.figure')).to.equal('$133,080');
      expect(text(el, 'label[for="role"]')).to.equal('Role');
    });

    it('de-DE: German text, German number format', async () => {
      const el = await withFixture({ locale: 'de-DE', pay: '120000' });
      await expectAccessible(el);
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('de');
      expect(text(el, '.figure')).to.equal(norm(formatMoney('de-DE', 133080, 'USD')));
      expect(text(el, '.figure')).to.match(/^133\.080\s\$$/);
      expect(text(el, 'label[for="role"]')).to.equal('Rolle');
      expect(text(el, '.position')).to.contain('etwa beim 39. Perzentil');
      expect(text(el, '.formula')).to.contain('× 40 h × 52 Wochen = 2.080 h');
    });

    it('es-ES: Spanish text, Spanish number format', async () => {
      const el = await withFixture({ locale: 'es-ES', pay: '120000', compare: '' });
      await expectAccessible(el);
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('es');
      expect(text(el, '.figure')).to.equal(norm(formatMoney('es-ES', 133080, 'USD')));
      expect(text(el, '.figure')).to.match(/133\.080/);
      expect(text(el, 'label[for="role"]')).to.equal('Puesto');
      expect(text(el, '.position')).to.contain('en torno al percentil 39 (aproximado)');
      expect(cells($(el, '.compare tr')!)).to.deep.equal(['Puesto', 'Mediana', 'Diferencia']);
    });

    it('an unknown language gets English text with its own number format', async () => {
      const el = await withFixture({ locale: 'fr-FR' });
      await expectAccessible(el);
      expect(text(el, 'label[for="role"]')).to.equal('Role');
      expect(text(el, '.figure')).to.match(/133\s080/);
    });
  });

  describe('theme and layout', () => {
    it('dark theme passes axe and changes the surface', async () => {
      const el = await withFixture({ theme: 'dark', pay: '120000', compare: '' });
      await expectAccessible(el);
      const dark = getComputedStyle($(el, '[part="base"]')!).backgroundColor;
      el.theme = 'light';
      await el.updateComplete;
      await expectAccessible(el);
      expect(getComputedStyle($(el, '[part="base"]')!).backgroundColor).to.not.equal(dark);
    });

    it('has forced-colors, print and container-query rules, and nothing that moves (so reduced motion is respected)', async () => {
      const el = await withFixture({ pay: '120000' });
      await expectAccessible(el);
      const rules = el
        .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
        .join('\n');
      const fallback = [...el.shadowRoot!.querySelectorAll('style')].map((st) => st.textContent).join('\n');
      const css = rules || fallback;
      for (const query of ['forced-colors: active', 'print', '@container']) expect(css, query).to.contain(query);
      expect(css).to.not.match(/transition|animation/);
    });

    it('stacks at 280 px and puts form and results side by side when wide', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 280px"><dcw-salary-calculator src=${FIXTURE} pay="90000"></dcw-salary-calculator></div>`,
      );
      const el = await loaded(wrapper.querySelector('dcw-salary-calculator')!, '2.0.0');
      await expectAccessible(el);
      const columns = () => getComputedStyle($(el, '.layout')!).gridTemplateColumns.split(' ').length;
      expect(columns()).to.equal(1);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.scrollWidth).to.be.at.most(282);
      wrapper.style.width = '900px';
      await waitUntil(() => columns() === 2, 'not side by side when wide');
    });
  });

  describe('keyboard', () => {
    it('every control is a focusable, labelled form control', async () => {
      const el = await withFixture({ locale: 'en-US' });
      await expectAccessible(el);
      for (const id of ['role', 'region', 'pay', 'period', 'hours', 'weeks', 'compare']) {
        const c = control(el, id);
        expect(c.tabIndex, id).to.equal(0);
        expect((c as HTMLInputElement).disabled, id).to.equal(false);
        expect(text(el, `label[for="${id}"]`), id).to.not.equal('');
        c.focus();
        expect(el.shadowRoot!.activeElement, id).to.equal(c);
      }
    });

    it('Tab reaches every control in order; typing a pay and Space on the checkbox work', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button>before</button><dcw-salary-calculator src=${FIXTURE} locale="en-US"></dcw-salary-calculator></div>`,
      );
      const el = await loaded(wrapper.querySelector('dcw-salary-calculator')!, '2.0.0');
      wrapper.querySelector('button')!.focus();
      const seen: string[] = [];
      for (let i = 0; i < 7; i++) {
        await sendKeys({ press: 'Tab' });
        seen.push(el.shadowRoot!.activeElement?.id ?? '');
      }
      expect(seen).to.deep.equal(['role', 'region', 'pay', 'period', 'hours', 'weeks', 'compare']);
      const details: DcwSalaryChangeDetail[] = [];
      el.addEventListener('dcw-salary-change', (e) => details.push(e.detail));
      control(el, 'pay').focus();
      // No repeated keys: WebKitGTK's WebDriver drops a key typed twice in a row ("120000" → "120"), in any input.
      await sendKeys({ type: '123456' });
      await waitUntil(
        () => details.at(-1)?.pay === 123456,
        `typed pay not seen: ${JSON.stringify(details.map((d) => d.pay))}`,
      );
      await el.updateComplete;
      expect(control(el, 'pay').value).to.equal('123456');
      // 123,456 is 20,406 of the 30,030 between p25 and the median: 25 + 25 × 0.6795 ≈ 42
      expect(text(el, '.position')).to.contain('around the 42nd percentile (approximate)');
      control(el, 'compare').focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.compare).to.equal(true);
      await expectAccessible(el);
    });
  });

  describe('dcw-salary-change', () => {
    it('fires with the typed detail when the reader types a pay', async () => {
      const el = await withFixture({ locale: 'en-US' });
      const event = oneEvent(el, 'dcw-salary-change');
      typeInto(control(el, 'pay'), '120000');
      const { detail, bubbles, composed } = await event;
      expect(bubbles && composed).to.equal(true);
      expect(detail).to.deep.equal({
        role: 'backend',
        region: 'us',
        experience: null,
        currency: 'USD',
        median: 133080,
        period: 'year',
        band: { low: 79850, high: 211450, lowPercentile: 10, highPercentile: 90 },
        pay: 120000,
      } satisfies DcwSalaryChangeDetail);
      await el.updateComplete;
      await expectAccessible(el);
      expect(text(el, '.position')).to.contain('39th');
      expect(control(el, 'pay').value).to.equal('120000');
    });

    it('fires for role, region, period, hours, weeks and compare changes', async () => {
      const el = await withFixture({ locale: 'en-US', pay: '50' });
      const details: DcwSalaryChangeDetail[] = [];
      el.addEventListener('dcw-salary-change', (e) => details.push(e.detail));
      typeInto(control<HTMLSelectElement>(el, 'period'), 'hour');
      await el.updateComplete;
      typeInto(control(el, 'hours'), '20');
      await el.updateComplete;
      typeInto(control(el, 'weeks'), '50');
      await el.updateComplete;
      typeInto(control<HTMLSelectElement>(el, 'role'), 'programmer');
      await el.updateComplete;
      typeInto(control<HTMLSelectElement>(el, 'region'), 'gb');
      await el.updateComplete;
      const box = control(el, 'compare');
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      await expectAccessible(el);
      expect(details.map((d) => d.pay)).to.deep.equal([104000, 52000, 50000, 50000, 50000, 50000]);
      expect(details[3]).to.deep.include({ role: 'programmer', median: 47.44, band: null });
      expect(details[4]).to.deep.include({
        role: 'programmer',
        region: 'gb',
        currency: 'GBP',
        median: null,
        band: null,
      });
      expect([el.payPeriod, el.hoursPerWeek, el.weeksPerYear, el.role, el.region, el.compare]).to.deep.equal([
        'hour',
        20,
        50,
        'programmer',
        'gb',
        true,
      ]);
    });

    it('does not fire when code sets properties or attributes', async () => {
      const el = await withFixture({ locale: 'en-US' });
      let fired = 0;
      el.addEventListener('dcw-salary-change', () => fired++);
      el.pay = 90000;
      el.role = 'programmer';
      el.region = 'gb';
      el.payPeriod = 'month';
      el.setAttribute('hours-per-week', '30');
      el.compare = true;
      await el.updateComplete;
      await expectAccessible(el);
      expect(control(el, 'pay').value).to.equal('90000');
      expect(control(el, 'hours').value).to.equal('30');
      expect(fired).to.equal(0);
    });

    it('keeps what the reader typed and clears the pay when the field is emptied', async () => {
      const el = await withFixture({ locale: 'en-US' });
      const pay = control(el, 'pay');
      typeInto(pay, '1e5');
      await el.updateComplete;
      expect(pay.value).to.equal('1e5');
      expect(el.pay).to.equal(100000);
      const event = oneEvent(el, 'dcw-salary-change');
      typeInto(pay, '');
      expect((await event).detail.pay).to.equal(null);
      await el.updateComplete;
      expect(el.pay).to.equal(undefined);
      expect($(el, '.position')).to.equal(null);
    });
  });
});

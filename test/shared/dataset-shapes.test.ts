import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/salary-calculator/define.js';
import { bundledDataset } from '../../src/shared/dataset/bundled.js';
import type { Dataset } from '../../src/shared/dataset/schema.js';
import { validateDataset } from '../../src/shared/dataset/validate.js';
import { withInlineData } from '../support/inline-data.js';

/**
 * Custom data in the shapes issue 18 brought: figures per month and per week, several sources for
 * one role and region, a source with no year, regions with their own hours. Good data is used;
 * bad data is refused at the exact JSON path, never with an exception.
 */
function custom(): Dataset {
  const d = structuredClone(bundledDataset);
  d.version = '7.0.0';
  d.sources = [
    { ...d.sources[0]!, id: 'monthly-src' },
    { ...d.sources[0]!, id: 'undated-src', period: 'Not shown by the source' },
  ];
  delete d.sources[1]!.year;
  d.regions = [
    { id: 'xx', name: 'Example', currency: 'EUR', hoursPerWeek: 38, weeksPerYear: 52, convention: 'Example.' },
  ];
  d.defaultRegion = 'xx';
  d.salaries = [
    { role: 'backend', region: 'xx', occupation: 'Monthly', period: 'month', median: 5000, source: 'monthly-src' },
    { role: 'backend', region: 'xx', occupation: 'Weekly', period: 'week', median: 1200, source: 'undated-src' },
  ];
  d.outlook = [];
  return d;
}

type Loose = Record<string, Array<Record<string, unknown>>>;

function issuesOf(change: (d: Loose) => void) {
  const d = custom() as unknown as Loose;
  change(d);
  const result = validateDataset(d);
  return result.ok ? [] : result.issues;
}

describe('custom data in the new shapes', () => {
  it('accepts monthly and weekly figures, two sources for one role and region, and a source with no year', () => {
    expect(validateDataset(custom()).ok).to.equal(true);
  });

  it('refuses each bad new field at its path, saying what was expected', () => {
    expect(issuesOf((d) => (d.salaries![0]!.period = 'fortnight'))).to.deep.equal([
      { path: 'salaries[0].period', message: 'one of "hour", "week", "month", "year"' },
    ]);
    expect(issuesOf((d) => (d.salaries![1]!.measure = 'mode'))).to.deep.equal([
      { path: 'salaries[1].measure', message: 'one of "median", "average"' },
    ]);
    expect(issuesOf((d) => (d.regions![0]!.hoursPerWeek = 200))).to.deep.equal([
      { path: 'regions[0].hoursPerWeek', message: 'a number from 1 to 168' },
    ]);
    expect(issuesOf((d) => (d.regions![0]!.conventionSource = 'nowhere'))).to.deep.equal([
      { path: 'regions[0].conventionSource', message: '"nowhere" is not a source id' },
    ]);
    expect(issuesOf((d) => (d.sources![1]!.year = 'unknown'))).to.deep.equal([
      { path: 'sources[1].year', message: 'a number from 1990 to 2100' },
    ]);
    expect(issuesOf((d) => (d.regions![0]!.currency = 'XQZ'))).to.deep.equal([
      { path: 'regions[0].currency', message: 'unknown currency "XQZ"' },
    ]);
  });

  it("the calculator shows such data: monthly figure × 12, the region's 38 hours, the undated source says so", async () => {
    const el = withInlineData(document.createElement('dcw-salary-calculator'), custom());
    el.setAttribute('locale', 'en-US');
    await fixture(el);
    await waitUntil(() => (el as unknown as { data: Dataset }).data.version === '7.0.0', 'custom data not used');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const text = (selector: string) =>
      (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
    expect(text('.figure')).to.equal('€5,000');
    expect(text('.annual')).to.equal('Year = €5,000 × 12 = €60,000');
    expect((el.shadowRoot!.querySelector('#hours') as HTMLInputElement).value).to.equal('38');
    expect(text('.others')).to.contain('Median weekly pay: €1,200').and.contain('Not shown by the source');
    expect(el.shadowRoot!.textContent).to.not.match(/NaN|Infinity|undefined/);
  });

  it('a dataset with an unknown currency is refused with an alert naming it, and nothing throws', async () => {
    const bad = custom();
    bad.regions[0]!.currency = 'XQZ';
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      const el = withInlineData(document.createElement('dcw-salary-calculator'), bad);
      el.setAttribute('locale', 'en-US');
      await fixture(el);
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' ');
      expect(alert).to.contain('regions[0].currency').and.contain('unknown currency "XQZ"');
      expect(el.shadowRoot!.querySelector('.figure')!.textContent).to.contain('$');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});

import { expect } from '@open-wc/testing';
import { salaryView } from '../../src/salary-calculator/salary-view.js';
import type { Dataset, Salary } from '../../src/shared/dataset/schema.js';
import fixture from './fixtures/bls-2024.json';

/** The calculator's fixture (BLS May 2024, back end with p10–p90, programmers hourly) with changes. */
function data(change: (d: Dataset) => void = () => {}): Dataset {
  const d = structuredClone(fixture) as Dataset;
  change(d);
  return d;
}

const en = { locale: 'en-US' };

describe('salaryView (pure: data and inputs in, view out)', () => {
  it('leads with the first figure, its band and the event detail, with literal values', () => {
    const view = salaryView(data(), { ...en, pay: 120000 });
    expect(view.role.id).to.equal('backend');
    expect(view.region.id).to.equal('us');
    expect(view.main?.salary.median).to.equal(133080);
    expect(view.main?.annual).to.equal(133080);
    expect(view.band).to.deep.equal({ low: 79850, high: 211450, lowPercentile: 10, highPercentile: 90 });
    expect(view.annualBand).to.deep.equal([79850, 211450]);
    expect(view.notices).to.deep.equal([]);
    expect(view.detail).to.deep.equal({
      role: 'backend',
      region: 'us',
      experience: null,
      currency: 'USD',
      median: 133080,
      period: 'year',
      band: { low: 79850, high: 211450, lowPercentile: 10, highPercentile: 90 },
      pay: 120000,
    });
    expect(view.position?.kind).to.equal('within');
    expect(Math.round(view.position!.percentile!)).to.equal(39);
  });

  it('is a function of its arguments: the same inputs give an equal view', () => {
    const a = salaryView(data(), { ...en, pay: 5000, payPeriod: 'month' });
    const b = salaryView(data(), { ...en, pay: 5000, payPeriod: 'month' });
    expect(a.detail).to.deep.equal(b.detail);
    expect(a.conversions).to.deep.equal(b.conversions);
  });

  it('converts with the visible arithmetic: 5,000 a month is 60,000 a year; 40 × 52 = 2,080 hours', () => {
    const view = salaryView(data(), { ...en, pay: 5000, payPeriod: 'month' });
    expect(view.you.annual).to.equal(60000);
    const year = view.conversions.find((c) => c.period === 'year')!;
    const hour = view.conversions.find((c) => c.period === 'hour')!;
    expect(year).to.deep.equal({ period: 'year', median: 133080, published: true, pay: 60000 });
    expect(hour.median).to.be.closeTo(133080 / 2080, 1e-9);
    expect(hour.median).to.be.closeTo(63.98, 0.01);
    expect(hour.published).to.equal(false);
  });

  it('has no band for a figure with only p10 and a median, as the comparison has none', () => {
    const view = salaryView(
      data((d) => {
        const s = d.salaries[0] as Salary;
        delete s.p25;
        delete s.p75;
        delete s.p90;
      }),
      en,
    );
    expect(view.points).to.deep.equal([
      [10, 79850],
      [50, 133080],
    ]);
    expect(view.band).to.equal(undefined);
    expect(view.annualBand).to.equal(undefined);
    expect(view.detail.band).to.equal(null);
  });

  it('a monthly figure: the median stays monthly as published; its year is × 12', () => {
    const view = salaryView(
      data((d) => {
        d.regions.push({ id: 'de', name: 'Germany', currency: 'EUR' });
        d.salaries.push({ ...d.salaries[0]!, region: 'de', period: 'month', median: 6528, p10: 4000, p90: 9000 });
        delete d.salaries.at(-1)!.p25;
        delete d.salaries.at(-1)!.p75;
      }),
      { ...en, region: 'de' },
    );
    expect(view.main?.annual).to.equal(78336);
    expect(view.detail).to.deep.include({ median: 6528, period: 'month', currency: 'EUR' });
    expect(view.detail.band).to.deep.equal({ low: 4000, high: 9000, lowPercentile: 10, highPercentile: 90 });
    expect(view.annualBand).to.deep.equal([48000, 108000]);
    expect(view.conversions.find((c) => c.period === 'month')).to.deep.include({ median: 6528, published: true });
  });

  it("takes hours and weeks from the region's convention unless the inputs give them", () => {
    const withConvention = data((d) => {
      d.regions[0] = { ...d.regions[0]!, hoursPerWeek: 38, weeksPerYear: 52.14 };
    });
    expect(salaryView(withConvention, en).schedule).to.deep.equal({ hoursPerWeek: 38, weeksPerYear: 52.14 });
    expect(salaryView(withConvention, { ...en, hoursPerWeek: 35 }).schedule).to.deep.equal({
      hoursPerWeek: 35,
      weeksPerYear: 52.14,
    });
    expect(salaryView(data(), en).schedule).to.deep.equal({ hoursPerWeek: 40, weeksPerYear: 52 });
  });

  it('bad inputs fall back with a notice each, in the locale', () => {
    const view = salaryView(data(), {
      locale: 'de-DE',
      role: 'astronaut',
      region: 'mars',
      payPeriod: 'fortnight',
      hoursPerWeek: 500,
    });
    expect(view.role.id).to.equal('backend');
    expect(view.region.id).to.equal('us');
    expect(view.period).to.equal('year');
    expect(view.hours).to.deep.equal({ value: 168, changed: true });
    expect(view.notices).to.have.length(3);
    expect(view.notices.join(' ')).to.contain('„mars“').and.contain('„astronaut“').and.contain('„fortnight“');
  });

  it('region "auto" takes the locale\'s region when the data has it, else the default, without a notice', () => {
    expect(salaryView(data(), { locale: 'en-GB', region: 'auto' }).region.id).to.equal('gb');
    const elsewhere = salaryView(data(), { locale: 'de-DE', region: 'auto' });
    expect(elsewhere.region.id).to.equal('us');
    expect(elsewhere.notices).to.deep.equal([]);
    expect(salaryView(data(), { locale: 'de', region: 'auto' }).region.id).to.equal('us');
  });

  it('compares every role for the region as a year, with the difference from the selected one', () => {
    const view = salaryView(data(), en);
    const rows = view.byRole.map((r) => [r.role.id, r.figure?.annual, r.difference]);
    // Programmers: 47.44 an hour × 2,080 = 98,675.20 a year; 98,675.20 − 133,080 = −34,404.80 → −34,405.
    expect(rows).to.deep.include(['programmer', 47.44 * 2080, -34405]);
    expect(rows).to.deep.include(['backend', 133080, 0]);
  });
});

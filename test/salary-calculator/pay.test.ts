import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  annualPay,
  clampSetting,
  convert,
  fromAnnual,
  LIMITS,
  MAX_ANNUAL_PAY,
  parseNumber,
  percentileOf,
  periodsPerYear,
  publishedPoints,
  toAnnual,
  type Point,
} from '../../src/salary-calculator/pay.js';

const bls = { hoursPerWeek: 40, weeksPerYear: 52 };
/** BLS OEWS May 2024, SOC 15-1252 Software Developers, USD a year. */
const sd: Point[] = [
  [10, 79850],
  [25, 103050],
  [50, 133080],
  [75, 169000],
  [90, 211450],
];

describe('pay.ts: conversions', () => {
  it('uses 2,080 hours a year with the BLS convention', () => {
    expect(periodsPerYear('hour', bls)).to.equal(2080);
    expect(periodsPerYear('week', bls)).to.equal(52);
    expect(periodsPerYear('month', bls)).to.equal(12);
    expect(periodsPerYear('year', bls)).to.equal(1);
  });

  it('converts hour, week, month and year', () => {
    expect(toAnnual(50, 'hour', bls)).to.equal(104000);
    expect(toAnnual(2000, 'week', bls)).to.equal(104000);
    expect(toAnnual(10000, 'month', bls)).to.equal(120000);
    expect(fromAnnual(133080, 'month', bls)).to.equal(11090);
    expect(fromAnnual(133080, 'hour', bls)).to.be.closeTo(63.98, 0.005);
    expect(convert(37.5, 'hour', 'week', { hoursPerWeek: 37.5, weeksPerYear: 46 })).to.be.closeTo(1406.25, 1e-9);
  });

  it('round-trips hour → year → hour within a cent (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 10_000, noNaN: true }),
        fc.double({ min: LIMITS.hoursPerWeek[0], max: LIMITS.hoursPerWeek[1], noNaN: true }),
        fc.double({ min: LIMITS.weeksPerYear[0], max: LIMITS.weeksPerYear[1], noNaN: true }),
        (hourly, hoursPerWeek, weeksPerYear) => {
          const schedule = { hoursPerWeek, weeksPerYear };
          const back = fromAnnual(toAnnual(hourly, 'hour', schedule), 'hour', schedule);
          return Math.abs(back - hourly) < 0.01;
        },
      ),
    );
  });

  it('round-trips between any two periods (property)', () => {
    const period = fc.constantFrom('hour', 'week', 'month', 'year' as const);
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1_000_000, noNaN: true }), period, period, (amount, a, b) => {
        return Math.abs(convert(convert(amount, a, b, bls), b, a, bls) - amount) < 0.01;
      }),
    );
  });

  it('annual pay grows with hours and weeks (property: monotone)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 10_000, noNaN: true }),
        fc.double({ min: 1, max: 168, noNaN: true }),
        fc.double({ min: 1, max: 168, noNaN: true }),
        fc.double({ min: 1, max: 53, noNaN: true }),
        (hourly, h1, h2, weeks) => {
          const [lo, hi] = h1 <= h2 ? [h1, h2] : [h2, h1];
          return (
            toAnnual(hourly, 'hour', { hoursPerWeek: lo, weeksPerYear: weeks }) <=
            toAnnual(hourly, 'hour', { hoursPerWeek: hi, weeksPerYear: weeks })
          );
        },
      ),
    );
  });
});

describe('pay.ts: percentiles', () => {
  it('lists the published percentiles in order, skipping missing ones', () => {
    expect(publishedPoints({ median: 133080, p10: 79850, p25: 103050, p75: 169000, p90: 211450 })).to.deep.equal(sd);
    expect(publishedPoints({ median: 100, p25: 80, p75: 120 })).to.deep.equal([
      [25, 80],
      [50, 100],
      [75, 120],
    ]);
    expect(publishedPoints({ median: 63333 })).to.deep.equal([[50, 63333]]);
  });

  it('hits published percentiles exactly', () => {
    for (const [p, v] of sd) expect(percentileOf(v, sd)).to.deep.equal({ kind: 'within', percentile: p });
  });

  it('interpolates linearly between published percentiles', () => {
    // 120,000 is 16,950 of the 30,030 between p25 and the median: 25 + 25 × 0.5644 ≈ 39.1
    expect(percentileOf(120000, sd)!.percentile).to.be.closeTo(39.11, 0.01);
    expect(percentileOf((169000 + 211450) / 2, sd)).to.deep.equal({ kind: 'within', percentile: 82.5 });
    expect(percentileOf(190225, sd)).to.deep.equal({ kind: 'within', percentile: 82.5 });
    expect(percentileOf(91450, sd)!.percentile).to.be.closeTo(17.5, 1e-9);
  });

  it('says below the lowest and above the highest published percentile', () => {
    expect(percentileOf(50000, sd)).to.deep.equal({ kind: 'below', percentile: 10 });
    expect(percentileOf(300000, sd)).to.deep.equal({ kind: 'above', percentile: 90 });
    expect(percentileOf(90, [[50, 100]])).to.deep.equal({ kind: 'below', percentile: 50 });
    expect(percentileOf(100, [[50, 100]])).to.deep.equal({ kind: 'within', percentile: 50 });
  });

  it('accepts points out of order, and returns nothing without points or for a non-number', () => {
    expect(percentileOf(120000, [...sd].reverse())!.percentile).to.be.closeTo(39.11, 0.01);
    expect(percentileOf(100, [])).to.equal(undefined);
    expect(percentileOf(NaN, sd)).to.equal(undefined);
  });

  it('is monotone in pay and stays within the published range (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 79850, max: 211450, noNaN: true }),
        fc.double({ min: 79850, max: 211450, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const pa = percentileOf(lo, sd)!;
          const pb = percentileOf(hi, sd)!;
          return (
            pa.kind === 'within' &&
            pb.kind === 'within' &&
            pa.percentile! <= pb.percentile! &&
            pa.percentile! >= 10 &&
            pb.percentile! <= 90
          );
        },
      ),
    );
  });
});

describe('pay.ts: parsing and clamping', () => {
  it('parses attribute text leniently', () => {
    expect(parseNumber(null)).to.equal(undefined);
    expect(parseNumber('  ')).to.equal(undefined);
    expect(parseNumber('80 000')).to.equal(80000);
    expect(parseNumber('62.58')).to.equal(62.58);
    expect(parseNumber('lots')).to.be.NaN;
  });

  it('clamps settings and says when it did', () => {
    expect(clampSetting(undefined, 40, LIMITS.hoursPerWeek)).to.deep.equal({ value: 40, changed: false });
    expect(clampSetting(37.5, 40, LIMITS.hoursPerWeek)).to.deep.equal({ value: 37.5, changed: false });
    expect(clampSetting(200, 40, LIMITS.hoursPerWeek)).to.deep.equal({ value: 168, changed: true });
    expect(clampSetting(0, 40, LIMITS.hoursPerWeek)).to.deep.equal({ value: 1, changed: true });
    expect(clampSetting(-3, 52, LIMITS.weeksPerYear)).to.deep.equal({ value: 1, changed: true });
    expect(clampSetting(NaN, 52, LIMITS.weeksPerYear)).to.deep.equal({ value: 52, changed: true });
    expect(clampSetting(Infinity, 52, LIMITS.weeksPerYear)).to.deep.equal({ value: 52, changed: true });
  });

  it('refuses zero, negative, non-numeric and absurd pay; no pay is no problem', () => {
    expect(annualPay(undefined, 'year', bls)).to.deep.equal({});
    expect(annualPay(50, 'hour', bls)).to.deep.equal({ annual: 104000 });
    expect(annualPay(0, 'year', bls)).to.deep.equal({ problem: 'invalid' });
    expect(annualPay(-5, 'year', bls)).to.deep.equal({ problem: 'invalid' });
    expect(annualPay(NaN, 'year', bls)).to.deep.equal({ problem: 'invalid' });
    expect(MAX_ANNUAL_PAY).to.equal(100_000_000);
    expect(annualPay(MAX_ANNUAL_PAY + 1, 'year', bls)).to.deep.equal({ problem: 'high' });
    expect(annualPay(100_000_001, 'year', bls)).to.deep.equal({ problem: 'high' });
    expect(annualPay(1_000_000, 'hour', bls)).to.deep.equal({ problem: 'high' });
  });

  it('never returns a non-finite annual pay (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.constant(undefined)),
        fc.constantFrom('hour', 'week', 'month', 'year' as const),
        (raw, period) => {
          const { annual } = annualPay(raw, period, bls);
          return annual === undefined || (Number.isFinite(annual) && annual > 0 && annual <= MAX_ANNUAL_PAY);
        },
      ),
    );
  });
});

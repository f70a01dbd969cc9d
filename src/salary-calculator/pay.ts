/**
 * Pay arithmetic, kept apart from the element so every number on screen can be unit-tested and
 * checked by hand: annual = hourly × hours per week × weeks per year; month = annual ÷ 12.
 * No DOM here.
 */
export type Period = 'hour' | 'week' | 'month' | 'year';
export const PERIODS: readonly Period[] = ['hour', 'week', 'month', 'year'];

export interface Schedule {
  hoursPerWeek: number;
  weeksPerYear: number;
}

/** Input limits: a week has 168 hours, a year 53 (partial) weeks; pay above this a year is not a salary. */
export const LIMITS = {
  hoursPerWeek: [1, 168],
  weeksPerYear: [1, 53],
} as const;
export const MAX_ANNUAL_PAY = 100_000_000;

/** How many of `period` make a year. */
export function periodsPerYear(period: Period, { hoursPerWeek, weeksPerYear }: Schedule): number {
  return period === 'hour'
    ? hoursPerWeek * weeksPerYear
    : period === 'week'
      ? weeksPerYear
      : period === 'month'
        ? 12
        : 1;
}

export const toAnnual = (amount: number, period: Period, schedule: Schedule): number =>
  amount * periodsPerYear(period, schedule);

export const fromAnnual = (annual: number, period: Period, schedule: Schedule): number =>
  annual / periodsPerYear(period, schedule);

/** `amount` per `from` expressed per `to`. */
export const convert = (amount: number, from: Period, to: Period, schedule: Schedule): number =>
  fromAnnual(toAnnual(amount, from, schedule), to, schedule);

/** A published percentile: [percentile 0–100, amount]. */
export type Point = readonly [number, number];

/** The percentiles a figure publishes (p10, p25, median, p75, p90: whichever exist), in order. */
export function publishedPoints(figure: {
  p10?: number;
  p25?: number;
  median: number;
  p75?: number;
  p90?: number;
}): Point[] {
  const all: Array<[number, number | undefined]> = [
    [10, figure.p10],
    [25, figure.p25],
    [50, figure.median],
    [75, figure.p75],
    [90, figure.p90],
  ];
  return all.filter((p): p is [number, number] => p[1] !== undefined);
}

export interface Position {
  kind: 'below' | 'within' | 'above';
  /** Within: the interpolated percentile. Below/above: the lowest/highest published percentile. */
  percentile?: number;
}

/**
 * Where `pay` falls among published percentiles, interpolated linearly between the two around
 * it. Approximate by nature: the distribution between published points is not known.
 */
export function percentileOf(pay: number, published: readonly Point[]): Position | undefined {
  const points = [...published].sort((a, b) => a[0] - b[0]);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || !Number.isFinite(pay)) return undefined;
  if (pay < first[1]) return { kind: 'below', percentile: first[0] };
  if (pay > last[1]) return { kind: 'above', percentile: last[0] };
  // The first published point at or above the pay; below it (if not hit exactly) the one before.
  const i = points.findIndex((point) => point[1] >= pay);
  const [p1, v1] = points[i]!;
  if (pay === v1) return { kind: 'within', percentile: p1 };
  const [p0, v0] = points[i - 1]!;
  return { kind: 'within', percentile: p0 + ((p1 - p0) * (pay - v0)) / (v1 - v0) };
}

/** Lenient number from an attribute: blank → undefined; "80 000" → 80000; anything else → NaN. */
export function parseNumber(value: string | null): number | undefined {
  const text = value?.replace(/\s/g, '');
  return text ? Number(text) : undefined;
}

/**
 * A setting within [min, max]: missing or not a number → the default; out of range → clamped.
 * `changed` says the input was not used as given, so the UI can say which value it used.
 */
export function clampSetting(
  raw: number | undefined,
  fallback: number,
  [min, max]: readonly [number, number],
): { value: number; changed: boolean } {
  const value = Number.isFinite(raw) ? Math.min(max, Math.max(min, raw!)) : fallback;
  return { value, changed: raw !== undefined && value !== raw };
}

/** The reader's pay as an annual amount, or why it cannot be used. Missing pay is no problem. */
export function annualPay(
  raw: number | undefined,
  period: Period,
  schedule: Schedule,
): { annual?: number; problem?: 'invalid' | 'high' } {
  if (raw === undefined) return {};
  if (!Number.isFinite(raw) || raw <= 0) return { problem: 'invalid' };
  const annual = toAnnual(raw, period, schedule);
  return annual > MAX_ANNUAL_PAY ? { problem: 'high' } : { annual };
}

/**
 * Looking up published figures. The calculator and the comparison's pay row both read pay
 * through these functions, so the two widgets can never disagree on one page.
 */
import type { Dataset, Outlook, Salary, Source } from './dataset/schema.js';

/** Every published pay figure for a role in a region, in dataset order (the first is the primary one). */
export function salariesFor(data: Dataset, role: string, region: string): Salary[] {
  return data.salaries.filter((s) => s.role === role && s.region === region);
}

/** The figure a widget leads with: the first all-experience figure for the role and region. */
export function primarySalary(data: Dataset, role: string, region: string): Salary | undefined {
  const all = salariesFor(data, role, region);
  return all.find((s) => !s.experience) ?? all[0];
}

export function outlookFor(data: Dataset, role: string, region: string): Outlook | undefined {
  return data.outlook.find((o) => o.role === role && o.region === region);
}

export function sourceOf(data: Dataset, id: string): Source | undefined {
  return data.sources.find((s) => s.id === id);
}

/** A published percentile band, in the figure's own period (a monthly figure's band is monthly). */
export interface Band {
  low: number;
  high: number;
  lowPercentile: number;
  highPercentile: number;
}

/**
 * The band both widgets show and the calculator's event reports: the lowest published percentile
 * below the median (p10, else p25) to the highest above it (p90, else p75). None when either side
 * is unpublished: a median with only p10 is a point and a tail, not a band around the median.
 */
export function bandOf(salary: Pick<Salary, 'p10' | 'p25' | 'p75' | 'p90'>): Band | undefined {
  const low = salary.p10 ?? salary.p25;
  const high = salary.p90 ?? salary.p75;
  return low !== undefined && high !== undefined
    ? {
        low,
        high,
        lowPercentile: salary.p10 !== undefined ? 10 : 25,
        highPercentile: salary.p90 !== undefined ? 90 : 75,
      }
    : undefined;
}

/** How many whole years a source may be old before the widgets say when it was published. */
export const DATED_AFTER_YEARS = 3;

/**
 * The year to show as "published 2021" beside a figure whose source is more than three years
 * older than the dataset's as-of date; undefined for a recent source or one with no known year.
 * Years only, counted generously (a May 2023 figure is not yet dated in 2026): a source's month
 * is free text, and calling a figure old before it is would be the worse mistake.
 */
export function datedYear(data: Pick<Dataset, 'asOf'>, source: Pick<Source, 'year'> | undefined): number | undefined {
  const year = source?.year;
  const asOf = Number(data.asOf.slice(0, 4));
  return year !== undefined && asOf - year > DATED_AFTER_YEARS ? year : undefined;
}

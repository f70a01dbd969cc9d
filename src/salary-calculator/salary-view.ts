/**
 * What the salary calculator shows, worked out from the data and the inputs alone: no DOM, no
 * element. The element computes it once per update (in `willUpdate`) and its render maps it to
 * markup; the `dcw-salary-change` detail is part of it, so the event reports what is on screen.
 */
import type { Dataset, Region, Role, Salary, Source } from '../shared/dataset/schema.js';
import type { DcwSalaryChangeDetail } from '../shared/events.js';
import { bandOf, datedYear, salariesFor, sourceOf, type Band } from '../shared/figures.js';
import { messagesFor, sharedMessages } from '../shared/messages.js';
import { resolveRegion, resolveRole } from '../shared/role-region.js';
import {
  annualPay,
  clampSetting,
  fromAnnual,
  LIMITS,
  percentileOf,
  PERIODS,
  publishedPoints,
  toAnnual,
  type Period,
  type Point,
  type Position,
  type Schedule,
} from './pay.js';
import { salaryMessages } from './messages.js';

/** The calculator's inputs, as its attributes and properties give them. */
export interface SalaryInputs {
  locale: string;
  role?: string;
  roleId?: string;
  region?: string;
  /** Where `region` came from, for its notice: `region` (default) or the page's meta tag. */
  regionFrom?: string;
  experience?: number;
  /** The `experience` attribute as written, quoted in the notice when it cannot be used. */
  experienceText?: string | null;
  pay?: number;
  payPeriod?: string;
  hoursPerWeek?: number;
  weeksPerYear?: number;
}

/** The calculator's defaults where a region names no convention (the BLS one: 40 × 52 = 2,080 hours). */
export const DEFAULT_SCHEDULE: Schedule = { hoursPerWeek: 40, weeksPerYear: 52 };

/** One published figure with what the view needs beside it. */
export interface Figure {
  salary: Salary;
  source?: Source;
  /** The figure as an annual amount under the schedule in use (equal to `median` for a yearly figure). */
  annual: number;
  /** The year to show as "published …" when the source is more than three years older than the data. */
  dated?: number;
}

/** One row of the conversions table: the median (as published where it was) and the reader's pay. */
export interface Conversion {
  period: Period;
  median?: number;
  /** The median in this period is the publisher's own number, not a conversion. */
  published: boolean;
  pay?: number;
}

export interface SalaryView {
  /** The text in the current locale, looked up once per view. */
  m: (typeof salaryMessages)['en'];
  shared: (typeof sharedMessages)['en'];
  locale: string;
  role: Role;
  /** Which property the role control writes back to: `roleId` when `role-id` names the role. */
  roleField: 'role' | 'roleId';
  region: Region;
  /** The period of the reader's pay. */
  period: Period;
  experience: number | null;
  hours: { value: number; changed: boolean };
  weeks: { value: number; changed: boolean };
  schedule: Schedule;
  notices: string[];
  /** The figure the calculator leads with, and the other published figures for the same role and region. */
  main?: Figure;
  others: Figure[];
  /** The main figure's published percentiles, as annual amounts (what the chart draws). */
  points: Point[];
  /** The main figure's band (see `bandOf`) in its own period, as the event reports it. */
  band?: Band;
  /** The same band as annual amounts, as the chart draws it. */
  annualBand?: readonly [number, number];
  you: { annual?: number; problem?: 'invalid' | 'high' };
  position?: Position;
  conversions: Conversion[];
  /** Each role's leading figure for the region, with its annual difference from the main one. */
  byRole: Array<{ role: Role; figure?: Figure; difference?: number }>;
  detail: DcwSalaryChangeDetail;
}

/** The view for `inputs` over `data`. Bad inputs fall back, each with a notice; nothing here throws. */
export function salaryView(data: Dataset, inputs: SalaryInputs): SalaryView {
  const { locale } = inputs;
  const m = messagesFor(salaryMessages, locale);
  const shared = messagesFor(sharedMessages, locale);
  const notices: string[] = [];
  const note = (notice?: string) => notice && notices.push(notice);

  const { region, notice: regionNotice } = resolveRegion(
    data,
    inputs.region,
    locale,
    shared.unknownValue,
    inputs.regionFrom,
  );
  note(regionNotice);
  const { role, notice: roleNotice } = resolveRole(data, inputs.role, inputs.roleId, shared.unknownValue);
  note(roleNotice);

  const wantedPeriod = inputs.payPeriod?.trim().toLowerCase() || 'year';
  const period = PERIODS.find((p) => p === wantedPeriod) ?? 'year';
  if (period !== wantedPeriod) note(shared.unknownValue('pay-period', inputs.payPeriod!, m.periods.year));

  const x = inputs.experience;
  const experience = x !== undefined && x >= 0 && x <= 60 ? x : null;
  const hours = clampSetting(
    inputs.hoursPerWeek,
    region.hoursPerWeek ?? DEFAULT_SCHEDULE.hoursPerWeek,
    LIMITS.hoursPerWeek,
  );
  const weeks = clampSetting(
    inputs.weeksPerYear,
    region.weeksPerYear ?? DEFAULT_SCHEDULE.weeksPerYear,
    LIMITS.weeksPerYear,
  );
  const schedule = { hoursPerWeek: hours.value, weeksPerYear: weeks.value };

  /** A role's figures for the region: by experience when asked for and published, else all levels. */
  const figuresOf = (roleId: string): Figure[] => {
    const all = salariesFor(data, roleId, region.id);
    const general = all.filter((s) => !s.experience);
    const byExperience =
      experience === null
        ? []
        : all.filter((s) => s.experience && s.experience.min <= experience && (s.experience.max ?? 60) >= experience);
    const chosen = byExperience.length ? byExperience : general.length ? general : all;
    return chosen.map((salary) => {
      const source = sourceOf(data, salary.source);
      return {
        salary,
        source,
        annual: toAnnual(salary.median, salary.period, schedule),
        dated: datedYear(data, source),
      };
    });
  };
  const [main, ...others] = figuresOf(role.id);
  if (x !== undefined && !(main?.salary.experience || others.some((f) => f.salary.experience)))
    note(m.noExperience(inputs.experienceText ?? String(x)));

  const published = main ? publishedPoints(main.salary) : [];
  const points = published.map(([p, v]): Point => [p, toAnnual(v, main!.salary.period, schedule)]);
  const band = main && bandOf(main.salary);
  const annualBand =
    band &&
    ([toAnnual(band.low, main!.salary.period, schedule), toAnnual(band.high, main!.salary.period, schedule)] as const);
  const you = annualPay(inputs.pay, period, schedule);
  const position = you.annual === undefined ? undefined : percentileOf(you.annual, points);

  const conversions = PERIODS.map((p): Conversion => {
    const salary = main?.salary;
    const asPublished =
      salary && (p === salary.period ? salary.median : p === 'hour' ? salary.hourlyMedian : undefined);
    return {
      period: p,
      median: main && (asPublished ?? fromAnnual(main.annual, p, schedule)),
      published: asPublished !== undefined,
      pay: you.annual === undefined ? undefined : fromAnnual(you.annual, p, schedule),
    };
  });

  const byRole = data.roles.map((r) => {
    const figure = r.id === role.id ? main : figuresOf(r.id)[0];
    const difference = figure && main ? Math.round(figure.annual - main.annual) || 0 : undefined;
    return { role: r, figure, difference };
  });

  return {
    m,
    shared,
    locale,
    role,
    roleField: inputs.roleId?.trim() ? 'roleId' : 'role',
    region,
    period,
    experience,
    hours,
    weeks,
    schedule,
    notices,
    main,
    others,
    points,
    band,
    annualBand,
    you,
    position,
    conversions,
    byRole,
    detail: {
      role: role.id,
      region: region.id,
      experience,
      currency: region.currency,
      median: main?.salary.median ?? null,
      period: main?.salary.period ?? null,
      band: band ?? null,
      pay: you.annual ?? null,
    },
  };
}

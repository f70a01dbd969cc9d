/**
 * The dataset schema: the single source of the dataset's TypeScript types.
 *
 * Built with `zod/mini`: zod gives the structure (objects, arrays, optional fields), the JSON
 * path of every problem and the inferred types. Leaf values are checked by small predicates
 * through `z.custom`, each carrying the plain-English expectation shown to a site owner whose
 * data is refused (zod's own messages would name its internal issue codes).
 *
 * Only the validator file (`dcw-validate.js`, loaded for custom data) carries this schema and
 * zod; the widgets' scripts import its types only.
 */
// zod/mini's object parser is the plain one: the faster one of classic zod probes `new Function`,
// which a strict CSP (no `unsafe-eval`) reports as a violation even when the probe is caught.
import * as z from 'zod/mini';

/** A leaf value of type T that passes `test`; `expected` says what was wanted. */
const leaf = <T>(test: (value: unknown) => boolean, expected: string) => z.custom<T>(test, expected);

/** Text is plain text, rendered escaped; the cap keeps a hostile dataset from flooding the page. */
const text = (max: number) =>
  leaf<string>((v) => typeof v === 'string' && v.length > 0 && v.length <= max, `text of 1 to ${max} characters`);
const pattern = (re: RegExp, expected: string) => leaf<string>((v) => typeof v === 'string' && re.test(v), expected);
const between = (min: number, max: number) =>
  leaf<number>((v) => typeof v === 'number' && v >= min && v <= max, `a number from ${min} to ${max}`);
const oneOf = <T extends string>(...values: T[]) =>
  leaf<T>((v) => values.includes(v as T), `one of ${values.map((v) => `"${v}"`).join(', ')}`);
/** List lengths are checked in integrity.ts (LIST_LIMITS), with the other rules across lists. */
const list = <T extends z.ZodMiniType>(item: T) => z.array(item);

/** Each role value is text up to 400 characters, or a list of up to 40 texts of up to 60. */
function isRoleValues(value: unknown): boolean {
  const isText = (x: unknown, max: number) => typeof x === 'string' && x.length > 0 && x.length <= max;
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(
      (v) => isText(v, 400) || (Array.isArray(v) && v.length <= 40 && v.every((t) => isText(t, 60))),
    )
  );
}

/** Ids are short, lower-case slugs: they key stored progress, so they never change once shipped. */
const id = pattern(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a lower-case id like "backend" or "be-http"');
/** https only, with a dotted host name. */
const httpsUrl = pattern(/^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]\S*)?$/i, 'an https:// URL');
const money = leaf<number>((v) => typeof v === 'number' && v > 0 && v <= 1e10, 'an amount above 0');
const count = between(0, 1e9);

const sourceSchema = z.object({
  id,
  title: text(200),
  publisher: text(120),
  /** Year the figures refer to (or were published, for non-statistical sources); absent when the source gives none. */
  year: z.optional(between(1990, 2100)),
  /** Reference period as the publisher names it, e.g. "May 2024" or "2024–34", or what is known of it. */
  period: z.optional(text(80)),
  url: httpsUrl,
  licence: text(120),
  /** `primary`: read on the publisher's own page; `secondary`: quoted by a third party. */
  grade: oneOf('primary', 'secondary'),
  note: z.optional(text(400)),
});

const dimensionSchema = z.object({
  id,
  name: text(60),
  /** `text`/`list` values live on each role; `pay` and `outlook` rows are read from the figures. */
  kind: oneOf('text', 'list', 'pay', 'outlook'),
});

const roleSchema = z.object({
  id,
  name: text(60),
  summary: text(300),
  /** Comparison values by dimension id: a sentence, or a list rendered as tags. */
  values: leaf<Record<string, string | string[]>>(isRoleValues, 'text, or a list of short texts, for each dimension'),
});

const skillLevelSchema = oneOf('essential', 'recommended', 'optional');

const skillSchema = z.object({
  id,
  name: text(80),
  description: text(300),
  level: skillLevelSchema,
  link: z.optional(httpsUrl),
});

const skillCategorySchema = z.object({
  id,
  role: id,
  name: text(80),
  items: list(skillSchema),
});

const regionSchema = z.object({
  id,
  name: text(60),
  /** ISO 4217 code; `checkIntegrity` also asks `Intl` so formatting can never throw. */
  currency: pattern(/^[A-Z]{3}$/, 'an ISO 4217 currency code like "USD"'),
  /** The calculator's default hours a week and weeks a year here (40 × 52 when absent). */
  hoursPerWeek: z.optional(between(1, 168)),
  weeksPerYear: z.optional(between(1, 53)),
  /** Where those defaults come from, or that none was published; shown under the conversions. */
  convention: z.optional(text(300)),
  /** The source of the convention, when there is one. */
  conventionSource: z.optional(id),
});

/** Published pay figures for one role in one region from one source. Percentiles only where published. */
const salarySchema = z.object({
  role: id,
  region: id,
  /** What the source actually measured, e.g. "Software Developers (SOC 15-1252)". */
  occupation: text(160),
  /** The period the figure is published for: pay per hour, week, month or year. */
  period: oneOf('hour', 'week', 'month', 'year'),
  /** `median` unless the source publishes an average (mean) as its headline figure. */
  measure: z.optional(oneOf('median', 'average')),
  /** The figure itself (the median, or the average when `measure` says so). */
  median: money,
  p10: z.optional(money),
  p25: z.optional(money),
  p75: z.optional(money),
  p90: z.optional(money),
  /** The publisher's own hourly median, shown as published rather than re-derived. */
  hourlyMedian: z.optional(money),
  /** Years of experience the figure covers, where a source breaks pay down that way. */
  experience: z.optional(z.object({ min: between(0, 60), max: z.optional(between(0, 60)) })),
  sampleSize: z.optional(between(1, 1e9)),
  source: id,
  note: z.optional(text(300)),
});

/** Published employment projections for the occupation behind a role. */
const outlookSchema = z.object({
  role: id,
  region: id,
  occupation: text(160),
  /** Projection span as published, e.g. "2024–34". */
  span: text(20),
  employment: z.optional(count),
  growthPercent: z.optional(between(-100, 1000)),
  openingsPerYear: z.optional(count),
  /** Employment the publisher projects for the end of `span`. */
  projectedEmployment: z.optional(count),
  source: id,
  note: z.optional(text(300)),
});

/** The whole dataset. Built when this module loads: only the validator file (custom data) has it. */
export const datasetSchema = z.object({
  version: pattern(/^\d+\.\d+\.\d+$/, 'a version like "1.0.0"'),
  asOf: pattern(/^\d{4}-\d{2}-\d{2}$/, 'a date like "2026-01-31"'),
  defaultRegion: id,
  sources: list(sourceSchema),
  dimensions: list(dimensionSchema),
  roles: list(roleSchema),
  skills: list(skillCategorySchema),
  regions: list(regionSchema),
  salaries: list(salarySchema),
  outlook: list(outlookSchema),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Source = Dataset['sources'][number];
export type Dimension = Dataset['dimensions'][number];
export type Role = Dataset['roles'][number];
export type SkillCategory = Dataset['skills'][number];
export type Skill = SkillCategory['items'][number];
export type SkillLevel = Skill['level'];
export type Region = Dataset['regions'][number];
export type Salary = Dataset['salaries'][number];
export type Outlook = Dataset['outlook'][number];

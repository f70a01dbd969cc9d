/**
 * The dataset schema: the single source of the dataset's TypeScript types.
 *
 * Built with `zod/mini` (functional API) so that only the validators used here end up in the
 * one-script bundle; classic `zod` would cost ~18 KB gzip more.
 */
import * as z from 'zod/mini';

// Zod's object parser probes `new Function` for a faster path; under a strict CSP (no
// 'unsafe-eval') that probe is reported as a violation even though it is caught. Plain parsing
// is fast enough for a dataset, so the probe is switched off before any schema is built.
z.config({ jitless: true });

/** Ids are short, lower-case slugs: they key stored progress, so they never change once shipped. */
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a lower-case id like "backend" or "be-http"'));
/** Text is plain text, rendered escaped; the cap keeps a hostile dataset from flooding the page. */
const text = (max = 600) => z.string().check(z.minLength(1), z.maxLength(max));
/** https only, with a dotted host name; a pattern costs far fewer bundle bytes than `z.url()`. */
const httpsUrl = z.string().check(z.regex(/^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]\S*)?$/i, 'an https:// URL'));
// Plain bounds, no integer check: `z.int()` costs bundle bytes and a fractional count harms nothing.
const money = z.number().check(z.gt(0), z.lte(10_000_000_000));
const year = z.number().check(z.gte(1990), z.lte(2100));

export const sourceSchema = z.object({
  id,
  title: text(200),
  publisher: text(120),
  /** Year the figures refer to (or were published, for non-statistical sources). */
  year,
  /** Reference period as the publisher names it, e.g. "May 2024" or "2024–34". */
  period: z.optional(text(60)),
  url: httpsUrl,
  licence: text(120),
  /** `primary`: read on the publisher's own page; `secondary`: quoted by a third party. */
  grade: z.enum(['primary', 'secondary']),
  note: z.optional(text(400)),
});

export const dimensionSchema = z.object({
  id,
  name: text(60),
  /** `text`/`list` values live on each role; `pay` and `outlook` rows are read from the figures. */
  kind: z.enum(['text', 'list', 'pay', 'outlook']),
});

/**
 * Role values checked by one function: `z.record` + `z.union` would cost ~1 KB of bundle for
 * the same rule (each value is text up to 400 characters, or up to 40 texts of up to 60).
 */
function isRoleValues(value: unknown): boolean {
  const isText = (x: unknown, max: number) => typeof x === 'string' && x.length > 0 && x.length <= max;
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => isText(v, 400) || (Array.isArray(v) && v.length <= 40 && v.every((t) => isText(t, 60))))
  );
}

export const roleSchema = z.object({
  id,
  name: text(60),
  summary: text(300),
  /** Comparison values by dimension id: a sentence, or a list rendered as tags. */
  values: z.custom<Record<string, string | string[]>>(isRoleValues, 'text, or a list of short texts, for each dimension'),
});

export const skillLevelSchema = z.enum(['essential', 'recommended', 'optional']);

export const skillSchema = z.object({
  id,
  name: text(80),
  description: text(300),
  level: skillLevelSchema,
  link: z.optional(httpsUrl),
});

export const skillCategorySchema = z.object({
  id,
  role: id,
  name: text(80),
  items: z.array(skillSchema).check(z.minLength(1), z.maxLength(5000)),
});

export const regionSchema = z.object({
  id,
  name: text(60),
  /** ISO 4217 code; checked against `Intl` so formatting can never throw. */
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code like "USD"')),
});

/** Published pay figures for one role in one region from one source. Percentiles only where published. */
export const salarySchema = z.object({
  role: id,
  region: id,
  /** What the source actually measured, e.g. "Software Developers (SOC 15-1252)". */
  occupation: text(160),
  period: z.enum(['hour', 'year']),
  median: money,
  p10: z.optional(money),
  p25: z.optional(money),
  p75: z.optional(money),
  p90: z.optional(money),
  /** The publisher's own hourly median, shown as published rather than re-derived. */
  hourlyMedian: z.optional(money),
  /** Years of experience the figure covers, where a source breaks pay down that way. */
  experience: z.optional(z.object({ min: z.number().check(z.gte(0), z.lte(60)), max: z.optional(z.number().check(z.gte(0), z.lte(60))) })),
  sampleSize: z.optional(z.number().check(z.gt(0))),
  source: id,
  note: z.optional(text(300)),
});

/** Published employment projections for the occupation behind a role. */
export const outlookSchema = z.object({
  role: id,
  region: id,
  occupation: text(160),
  /** Projection span as published, e.g. "2024–34". */
  span: text(20),
  employment: z.optional(z.number().check(z.gte(0))),
  growthPercent: z.optional(z.number().check(z.gte(-100), z.lte(1000))),
  openingsPerYear: z.optional(z.number().check(z.gte(0))),
  source: id,
});

export const datasetSchema = z.object({
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'a version like "1.0.0"')),
  asOf: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like "2026-01-31"')),
  defaultRegion: id,
  sources: z.array(sourceSchema).check(z.minLength(1), z.maxLength(500)),
  dimensions: z.array(dimensionSchema).check(z.maxLength(100)),
  roles: z.array(roleSchema).check(z.minLength(1), z.maxLength(20)),
  skills: z.array(skillCategorySchema).check(z.maxLength(500)),
  regions: z.array(regionSchema).check(z.minLength(1), z.maxLength(300)),
  salaries: z.array(salarySchema).check(z.maxLength(5000)),
  outlook: z.array(outlookSchema).check(z.maxLength(1000)),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Dimension = z.infer<typeof dimensionSchema>;
export type Role = z.infer<typeof roleSchema>;
export type SkillLevel = z.infer<typeof skillLevelSchema>;
export type Skill = z.infer<typeof skillSchema>;
export type SkillCategory = z.infer<typeof skillCategorySchema>;
export type Region = z.infer<typeof regionSchema>;
export type Salary = z.infer<typeof salarySchema>;
export type Outlook = z.infer<typeof outlookSchema>;

/**
 * Checks across the dataset that a per-field schema cannot express: ids are unique, every
 * reference points at something that exists, percentiles are in order. Kept apart from the
 * schema so the rules read as plain code and cost no zod machinery in the bundle.
 */
import type { Dataset } from './schema.js';

export interface DataIssue {
  /** JSON path such as `salaries[2].source`. */
  path: string;
  message: string;
}

function duplicates(ids: readonly string[], path: (i: number) => string, out: DataIssue[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) out.push({ path: path(i), message: `duplicate id "${id}"` });
    seen.add(id);
  });
}

/** How many entries each list may hold, as [min, max]: a hostile file cannot flood the page. */
const LIST_LIMITS = { sources: [1, 500], dimensions: [0, 100], roles: [1, 20], skills: [0, 500], regions: [1, 300], salaries: [0, 5000], outlook: [0, 1000] } as const;

const PERCENTILE_ORDER = ['p10', 'p25', 'median', 'p75', 'p90'] as const;

export function checkIntegrity(data: Dataset): DataIssue[] {
  const out: DataIssue[] = [];
  const size = (path: string, length: number, [min, max]: readonly [number, number]) => {
    if (length < min || length > max) out.push({ path, message: `expected ${min} to ${max} entries` });
  };
  for (const [key, limits] of Object.entries(LIST_LIMITS)) size(key, data[key as keyof typeof LIST_LIMITS].length, limits);
  data.skills.forEach((c, i) => size(`skills[${i}].items`, c.items.length, [1, 5000]));
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const roleIds = new Set(data.roles.map((r) => r.id));
  const regionIds = new Set(data.regions.map((r) => r.id));
  const dimensionIds = new Set(data.dimensions.map((d) => d.id));

  duplicates(data.sources.map((s) => s.id), (i) => `sources[${i}].id`, out);
  duplicates(data.roles.map((r) => r.id), (i) => `roles[${i}].id`, out);
  duplicates(data.regions.map((r) => r.id), (i) => `regions[${i}].id`, out);
  duplicates(data.dimensions.map((d) => d.id), (i) => `dimensions[${i}].id`, out);
  duplicates(data.skills.map((c) => c.id), (i) => `skills[${i}].id`, out);
  const itemPaths: string[] = [];
  const itemIds: string[] = [];
  data.skills.forEach((c, ci) =>
    c.items.forEach((item, ii) => {
      itemIds.push(item.id);
      itemPaths.push(`skills[${ci}].items[${ii}].id`);
    }),
  );
  duplicates(itemIds, (i) => itemPaths[i], out);

  if (!regionIds.has(data.defaultRegion)) {
    out.push({ path: 'defaultRegion', message: `"${data.defaultRegion}" is not a region id` });
  }
  data.regions.forEach((r, i) => {
    if (!isKnownCurrency(r.currency)) out.push({ path: `regions[${i}].currency`, message: `unknown currency "${r.currency}"` });
  });
  data.roles.forEach((r, i) => {
    for (const key of Object.keys(r.values)) {
      if (!dimensionIds.has(key)) out.push({ path: `roles[${i}].values.${key}`, message: `"${key}" is not a dimension id` });
    }
  });
  data.skills.forEach((c, i) => {
    if (!roleIds.has(c.role)) out.push({ path: `skills[${i}].role`, message: `"${c.role}" is not a role id` });
  });
  const refs = (list: ReadonlyArray<{ role: string; region: string; source: string }>, name: string) =>
    list.forEach((f, i) => {
      if (!roleIds.has(f.role)) out.push({ path: `${name}[${i}].role`, message: `"${f.role}" is not a role id` });
      if (!regionIds.has(f.region)) out.push({ path: `${name}[${i}].region`, message: `"${f.region}" is not a region id` });
      if (!sourceIds.has(f.source)) out.push({ path: `${name}[${i}].source`, message: `"${f.source}" is not a source id` });
    });
  refs(data.salaries, 'salaries');
  refs(data.outlook, 'outlook');

  data.salaries.forEach((s, i) => {
    let previous = -Infinity;
    for (const key of PERCENTILE_ORDER) {
      const value = s[key];
      if (value === undefined) continue;
      if (value < previous) out.push({ path: `salaries[${i}].${key}`, message: 'percentiles must rise: p10 ≤ p25 ≤ median ≤ p75 ≤ p90' });
      previous = value;
    }
  });
  return out;
}

function isKnownCurrency(code: string): boolean {
  try {
    // Intl throws a RangeError only for malformed codes; supportedValuesOf knows the real list.
    const known = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('currency');
    if (known) return known.includes(code);
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks across the dataset that a per-field schema cannot express: list sizes, ids are unique,
 * every reference points at something that exists, percentiles are in order, currencies are
 * known to `Intl`. Kept apart from the schema so the rules read as plain code and cost no zod
 * machinery in the bundle.
 */
import type { Dataset, Skill } from './schema.js';

export interface DataIssue {
  /** JSON path such as `salaries[2].source`. */
  path: string;
  message: string;
}

/** How many entries each list may hold, as [min, max]: a hostile file cannot flood the page. */
const LIST_LIMITS = {
  sources: [1, 500],
  dimensions: [0, 100],
  roles: [1, 20],
  skills: [0, 500],
  regions: [1, 300],
  salaries: [0, 5000],
  outlook: [0, 1000],
} as const;

const PERCENTILE_ORDER = ['p10', 'p25', 'median', 'p75', 'p90'] as const;

type Ids = Set<string>;

export function checkIntegrity(data: Dataset): DataIssue[] {
  const out: DataIssue[] = [];
  const fail = (path: string, message: string) => out.push({ path, message });
  const size = (path: string, length: number, [min, max]: readonly [number, number]) => {
    if (length < min || length > max) fail(path, `expected ${min} to ${max} entries`);
  };
  /** The set of a list's ids (added to `seen`, for ids unique across lists), reporting each repeat at its own path. */
  const unique = (list: ReadonlyArray<{ id: string }>, path: (i: number) => string, seen: Ids = new Set()): Ids => {
    list.forEach(({ id }, i) => {
      if (seen.has(id)) fail(`${path(i)}.id`, `duplicate id "${id}"`);
      seen.add(id);
    });
    return seen;
  };
  /** Each named field of each entry must be an id in `known`, e.g. `salaries[0].source` a source id. */
  const refs = (list: ReadonlyArray<object>, name: string, known: Record<string, Ids>) =>
    list.forEach((entry, i) => {
      for (const [field, ids] of Object.entries(known)) {
        const value = (entry as Record<string, string>)[field]!;
        if (!ids.has(value)) fail(`${name}[${i}].${field}`, `"${value}" is not a ${field} id`);
      }
    });

  for (const [key, limits] of Object.entries(LIST_LIMITS))
    size(key, data[key as keyof typeof LIST_LIMITS].length, limits);
  const source = unique(data.sources, (i) => `sources[${i}]`);
  const role = unique(data.roles, (i) => `roles[${i}]`);
  const region = unique(data.regions, (i) => `regions[${i}]`);
  const dimension = unique(data.dimensions, (i) => `dimensions[${i}]`);
  unique(data.skills, (i) => `skills[${i}]`);
  // Item ids are unique within a role. Progress is kept by item id for every role at once, so an
  // id that two roles list is one skill (ticked in both) and must read the same in both.
  const itemIds = new Map<string, Ids>();
  const firstOf = new Map<string, Skill>();
  data.skills.forEach((c, ci) => {
    size(`skills[${ci}].items`, c.items.length, [1, 5000]);
    if (!itemIds.has(c.role)) itemIds.set(c.role, new Set());
    unique(c.items, (ii) => `skills[${ci}].items[${ii}]`, itemIds.get(c.role));
    c.items.forEach((item, ii) => {
      const first = firstOf.get(item.id);
      if (!first) firstOf.set(item.id, item);
      else
        for (const field of ['name', 'description', 'level', 'link'] as const)
          if (item[field] !== first[field])
            fail(
              `skills[${ci}].items[${ii}].${field}`,
              `"${item.id}" is one skill in every role: same ${field} expected`,
            );
    });
  });

  if (!region.has(data.defaultRegion)) fail('defaultRegion', `"${data.defaultRegion}" is not a region id`);
  data.regions.forEach((r, i) => {
    if (!isKnownCurrency(r.currency)) fail(`regions[${i}].currency`, `unknown currency "${r.currency}"`);
    if (r.conventionSource !== undefined && !source.has(r.conventionSource))
      fail(`regions[${i}].conventionSource`, `"${r.conventionSource}" is not a source id`);
  });
  data.roles.forEach((r, i) => {
    if (r.skillsFrom) size(`roles[${i}].skillsFrom`, r.skillsFrom.length, [1, 20]);
    r.skillsFrom?.forEach((id, j) => {
      if (!role.has(id)) fail(`roles[${i}].skillsFrom[${j}]`, `"${id}" is not a role id`);
    });
    for (const key of Object.keys(r.values))
      if (!dimension.has(key)) fail(`roles[${i}].values.${key}`, `"${key}" is not a dimension id`);
  });
  refs(data.skills, 'skills', { role });
  refs(data.salaries, 'salaries', { role, region, source });
  refs(data.outlook, 'outlook', { role, region, source });

  data.salaries.forEach((s, i) => {
    let previous = -Infinity;
    for (const key of PERCENTILE_ORDER) {
      const value = s[key];
      if (value === undefined) continue;
      if (value < previous) fail(`salaries[${i}].${key}`, 'percentiles must rise: p10 ≤ p25 ≤ median ≤ p75 ≤ p90');
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

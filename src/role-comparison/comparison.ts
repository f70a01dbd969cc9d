/**
 * What a comparison shows, worked out without the DOM: which roles and dimensions the attributes
 * name (with what they named that does not exist), which list items more than one shown role
 * shares.
 */

/** Roles compared when `roles` is absent or names fewer than two known roles. */
export const DEFAULT_ROLES: readonly string[] = ['frontend', 'backend'];
export const MAX_ROLES = 3;

export interface Picked<T> {
  items: T[];
  /** Ids asked for that the dataset does not have, in the order given. */
  unknown: string[];
}

export interface RoleChoice<T> extends Picked<T> {
  /** `few`: under two known roles asked for, the default pair is shown; `many`: cut to three. */
  fallback?: 'few' | 'many';
}

/** A space-separated attribute as lower-case ids, each once, in order. */
export function parseIds(value: string | null | undefined): string[] {
  return [...new Set(value?.toLowerCase().match(/\S+/g))];
}

/** The entries `ids` name, in the order of `ids`, and the ids that name nothing. */
export function pick<T extends { id: string }>(all: readonly T[], ids: readonly string[]): Picked<T> {
  const items: T[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const item = all.find((x) => x.id === id);
    if (item) items.push(item);
    else unknown.push(id);
  }
  return { items, unknown };
}

/**
 * The roles to compare: two or three known ones from the attribute; else the default pair (or,
 * when a custom dataset lacks it, its first roles); more than three are cut to the first three.
 */
export function chooseRoles<T extends { id: string }>(
  all: readonly T[],
  attribute: string | null | undefined,
): RoleChoice<T> {
  const { items, unknown } = pick(all, parseIds(attribute));
  if (items.length > MAX_ROLES) return { items: items.slice(0, MAX_ROLES), unknown, fallback: 'many' };
  if (items.length > 1) return { items, unknown };
  const pair = [...new Set([...pick(all, DEFAULT_ROLES).items, ...all])].slice(0, 2);
  return { items: pair, unknown, fallback: attribute?.trim() ? 'few' : undefined };
}

/** The dimensions to show, in the attribute's order; all of them when it names none that exist. */
export function chooseDimensions<T extends { id: string }>(
  all: readonly T[],
  attribute: string | null | undefined,
): Picked<T> {
  const { items, unknown } = pick(all, parseIds(attribute));
  return { items: items.length ? items : [...all], unknown };
}

/** How list items are matched across roles: "JavaScript" and " javascript" are the same item. */
export const itemKey = (item: string): string => item.trim().toLowerCase();

/** Keys (see `itemKey`) of the items found in more than one of the lists; text values are skipped. */
export function sharedItems(values: ReadonlyArray<string | readonly string[] | undefined>): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const value of values) {
    if (Array.isArray(value)) for (const key of new Set(value.map(itemKey))) (seen.has(key) ? shared : seen).add(key);
  }
  return shared;
}

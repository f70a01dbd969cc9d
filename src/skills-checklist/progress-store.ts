/**
 * Checklist progress, kept in `localStorage` as versioned JSON `{ v: 1, done: [ids], learning: [ids] }`.
 * Pure (no Lit): every storage access is guarded, so private mode, a sandboxed iframe or a full
 * quota never throws into the widget; garbage is reported, never thrown.
 *
 * Ids the dataset no longer knows are kept as they are: a dataset update never wipes the rest.
 */
export interface Progress {
  done: string[];
  learning: string[];
}

/** `ok`; `none` (nothing saved yet); `garbage` (unreadable, ignored); `unavailable` (storage throws). */
export type StoreStatus = 'ok' | 'none' | 'garbage' | 'unavailable';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const isIds = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= 20_000 && value.every((v) => typeof v === 'string' && ID.test(v));

/** Progress from parsed JSON of version 1, or undefined when it is anything else. */
export function parseProgress(json: unknown): Progress | undefined {
  const o = json as { v?: unknown; done?: unknown; learning?: unknown } | null;
  const learning = o?.learning ?? [];
  return o?.v === 1 && isIds(o.done) && isIds(learning)
    ? { done: [...new Set(o.done)], learning: [...new Set(learning)] }
    : undefined;
}

export const serialize = (p: Progress): string => JSON.stringify({ v: 1, done: p.done, learning: p.learning });

/** The saved progress (empty unless `ok`) and what was found. */
export function readProgress(key: string): { progress: Progress; status: StoreStatus } {
  let status: StoreStatus = 'unavailable';
  let progress: Progress | undefined;
  try {
    const raw = localStorage.getItem(key);
    status = raw === null ? 'none' : 'garbage';
    progress = parseProgress(JSON.parse(raw!));
    if (progress) status = 'ok';
  } catch {
    /* storage refused, or not JSON */
  }
  return { progress: progress ?? { done: [], learning: [] }, status };
}

/**
 * The ids a reader has ticked as done for a role, from the checklist's default storage: what other
 * widgets (the comparison's "Your skills" row) read, whatever the stored format. Empty when none.
 */
export const doneSkills = (role: string): string[] => readProgress(`dcw-skills:${role}`).progress.done;

/** Writes progress (null removes it); false when storage refuses (the caller keeps it in memory and says so). */
export function writeProgress(key: string, progress: Progress | null): boolean {
  try {
    if (progress) localStorage.setItem(key, serialize(progress));
    else localStorage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * The URL fragment prefix of a share link: `#dcw-skills=<role>~<done ids>~<learning ids>`, ids
 * comma-separated, e.g. `#dcw-skills=backend~be-git,be-sql~be-docker`. Ids and role ids are
 * lower-case slugs, which a fragment carries as they are: the link stays short and readable.
 */
export const SHARE_PREFIX = '#dcw-skills=';

export function encodeShare(role: string, p: Progress): string {
  return [role, p.done, p.learning].join('~');
}

/** The progress and role in a share fragment, or undefined when it is not a valid one. */
export function decodeShare(hash: string): (Progress & { role: string }) | undefined {
  const [role, done, learning, ...rest] = hash.startsWith(SHARE_PREFIX)
    ? hash.slice(SHARE_PREFIX.length).split('~')
    : [];
  const ids = (list = '') => (list ? list.split(',') : []);
  const p =
    role && learning !== undefined && !rest.length
      ? parseProgress({ v: 1, done: ids(done), learning: ids(learning) })
      : undefined;
  return p && ID.test(role!) ? { ...p, role: role! } : undefined;
}

/**
 * Checklist progress, kept in `localStorage` as versioned JSON `{ v: 1, done: [ids], learning: [ids] }`.
 * Pure (no Lit): every storage access is guarded, so private mode, a sandboxed iframe or a full
 * quota never throws into the widget; garbage is reported, never thrown.
 *
 * Progress is kept per skill: one key, `dcw-skills`, for every role, so a skill two roles share
 * (one item id) is ticked in both. Ids the dataset no longer knows are kept as they are: a
 * dataset update never wipes the rest.
 */
export interface Progress {
  done: string[];
  learning: string[];
}

/** `ok`; `none` (nothing saved yet); `garbage` (unreadable, ignored); `unavailable` (storage throws). */
export type StoreStatus = 'ok' | 'none' | 'garbage' | 'unavailable';

/** The default key, for every role's progress. */
export const KEY = 'dcw-skills';

/**
 * Before progress was kept per skill, each role had its own key, `dcw-skills:<role id>`. Reading
 * the default key also reads these (every role's, known to the dataset or not); they are removed
 * only once the default key has been written, so a full quota or a closed tab loses nothing.
 */
const OLD_PREFIX = 'dcw-skills:';

/**
 * Ids of bundled skills that two roles listed apart before they became one skill, and that skill's
 * id: saved progress, exported files and share links from before still tick it.
 */
const RENAMED: Record<string, string> = {
  'be-git': 'git',
  'fe-git': 'git',
  'be-http-basics': 'http',
  'fe-http-basics': 'http',
  'be-https': 'https',
  'fe-https': 'https',
  'be-cors': 'cors',
  'fe-cors': 'cors',
  'be-lang-packages': 'package-management',
  'fe-package-managers': 'package-management',
};

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const isIds = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= 20_000 && value.every((v) => typeof v === 'string' && ID.test(v));

/** Both progresses in one, old ids renamed; done wins over learning. */
function merge(a: Progress, b: Progress): Progress {
  const ids = (list: string[]) => list.map((id) => RENAMED[id] ?? id);
  const done = new Set([...ids(a.done), ...ids(b.done)]);
  const learning = [...ids(a.learning), ...ids(b.learning)].filter((id) => !done.has(id));
  return { done: [...done], learning: [...new Set(learning)] };
}

const EMPTY: Progress = { done: [], learning: [] };

/** Progress from parsed JSON of version 1 (old ids renamed), or undefined when it is anything else. */
export function parseProgress(json: unknown): Progress | undefined {
  const o = json as { v?: unknown; done?: unknown; learning?: unknown } | null;
  const learning = o?.learning ?? [];
  return o?.v === 1 && isIds(o.done) && isIds(learning) ? merge(EMPTY, { done: o.done, learning }) : undefined;
}

export const serialize = (p: Progress): string => JSON.stringify({ v: 1, done: p.done, learning: p.learning });

/** The per-role keys read into the default key and not yet removed (see OLD_PREFIX). */
let migrated: string[] = [];

/** Stored text as progress, or undefined when it is not (not JSON included). */
function parseStored(raw: string | null): Progress | undefined {
  try {
    return parseProgress(JSON.parse(raw!));
  } catch {
    return undefined;
  }
}

/** The saved progress (empty unless `ok`) and what was found; the default key also takes in the old per-role keys. */
export function readProgress(key: string): { progress: Progress; status: StoreStatus } {
  let status: StoreStatus = 'unavailable';
  let progress: Progress | undefined;
  try {
    const raw = localStorage.getItem(key);
    progress = parseStored(raw);
    status = progress ? 'ok' : raw === null ? 'none' : 'garbage';
    if (key === KEY) {
      migrated = [];
      for (let i = 0; i < localStorage.length; i++) {
        const old = localStorage.key(i)!;
        // An unreadable old key is left where it is: it may be progress in a form we do not know.
        const p = old.startsWith(OLD_PREFIX) ? parseStored(localStorage.getItem(old)) : undefined;
        if (!p) continue;
        progress = merge(progress ?? EMPTY, p);
        migrated.push(old);
        if (status === 'none') status = 'ok';
      }
    }
  } catch {
    /* storage refused */
  }
  return { progress: progress ?? { ...EMPTY }, status };
}

/** Writes progress (null removes it); false when storage refuses (the caller keeps it in memory and says so). */
export function writeProgress(key: string, progress: Progress | null): boolean {
  try {
    if (progress) localStorage.setItem(key, serialize(progress));
    else localStorage.removeItem(key);
    // The old per-role keys are now in the default key.
    if (key === KEY) for (const old of migrated.splice(0)) localStorage.removeItem(old);
    return true;
  } catch {
    return false;
  }
}

/**
 * The URL fragment prefix of a share link: `#dcw-skills=<role>~<done ids>~<learning ids>`, ids
 * comma-separated, e.g. `#dcw-skills=backend~git,be-sql~be-docker`. Ids and role ids are
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

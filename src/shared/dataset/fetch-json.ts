/**
 * Fetches a dataset URL once per page, however many elements name it. Each caller passes its own
 * AbortSignal; the request itself is aborted only when every caller has gone (all elements
 * disconnected) before it finished. Failures are not cached, so a later element can retry.
 */
const MAX_BYTES = 2_000_000;

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

const entries = new Map<string, Entry>();

function start(url: string): Entry {
  const controller = new AbortController();
  const entry: Entry = { controller, users: 0, settled: false, promise: Promise.resolve() };
  entry.promise = fetch(url, { signal: controller.signal, credentials: 'omit' })
    .then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = await response.text();
      if (body.length > MAX_BYTES) throw new Error('larger than 2 MB');
      try {
        return JSON.parse(body) as unknown;
      } catch {
        throw new Error('not valid JSON');
      }
    })
    .finally(() => {
      entry.settled = true;
    });
  entry.promise.catch(() => entries.delete(url));
  entries.set(url, entry);
  return entry;
}

/** Resolves `src` against the page; only http(s) is fetched. */
export function resolveDataUrl(src: string): URL {
  const url = new URL(src, document.baseURI);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${url.protocol} URLs are not loaded`);
  return url;
}

export function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const entry = entries.get(url) ?? start(url);
  entry.users++;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      entry.users--;
      if (!entry.settled && entry.users === 0) {
        entry.controller.abort();
        entries.delete(url);
      }
      reject(new DOMException('Aborted', 'AbortError'));
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        entry.users--;
        resolve(value);
      },
      // Always an Error: fetch rejects with one, and so does every throw in `start`.
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        entry.users--;
        reject(error as Error);
      },
    );
  });
}

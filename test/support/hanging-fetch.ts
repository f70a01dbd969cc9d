/**
 * Replaces `window.fetch` with one that never answers and remembers the AbortSignal it was
 * given, so a test can check that removing an element aborts its `src` request.
 * Call `restore()` in a `finally`.
 */
export function hangingFetch(): { signal: () => AbortSignal | undefined; restore: () => void } {
  const original = window.fetch;
  let signal: AbortSignal | undefined;
  window.fetch = (_input: RequestInfo | URL, init?: RequestInit) => {
    signal = init?.signal ?? undefined;
    return new Promise(() => {});
  };
  return { signal: () => signal, restore: () => (window.fetch = original) };
}

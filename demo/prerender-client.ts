/**
 * The builder's side of `POST /prerender` (scripts/prerender-endpoint.mjs, served by `npm start`
 * and the test server): sends the embed markup, gets back what the package's `prerender` writes.
 * A static copy of the demo has no such endpoint; that is an answer too, not an error.
 */

/** At the server's root: the demo pages live under /demo/, the endpoint beside them. */
export const PRERENDER_URL = '/prerender';

export type PrerenderAnswer =
  /** The markup as `prerender` wrote it (still to be checked against the state, see prerenderedSnippet). */
  | { kind: 'prerendered'; markup: string }
  /** No endpoint here: the demo is served statically (404, 405, a network error, an answer that is not text). */
  | { kind: 'unavailable' }
  /** The endpoint answered with an error: its message (the prerender's own, or a size or build problem). */
  | { kind: 'refused'; message: string };

/**
 * Asks for `markup` prerendered. Never rejects, except with the abort error once `signal` is
 * aborted (a newer request took over; the caller drops it).
 */
export async function requestPrerender(markup: string, signal: AbortSignal): Promise<PrerenderAnswer> {
  try {
    const response = await fetch(PRERENDER_URL, {
      method: 'POST',
      body: markup,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      signal,
    });
    // A static server answers POST with "not found" or "method not allowed", or with some page.
    const plainText = response.headers.get('Content-Type')?.startsWith('text/plain');
    if (response.status === 404 || response.status === 405 || !plainText) return { kind: 'unavailable' };
    const text = await response.text();
    if (response.ok) return { kind: 'prerendered', markup: text };
    return { kind: 'refused', message: text.trim() || `HTTP ${response.status}` };
  } catch (error) {
    if (signal.aborted) throw error;
    return { kind: 'unavailable' };
  }
}

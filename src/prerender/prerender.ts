/**
 * `prerender(html)`: a page with every widget's markup written into it, so that it is readable
 * before any script runs (`dev-career-widgets/prerender`, and the `prerender` command of the
 * package's `bin`). For each `dcw-` widget tag not prerendered yet it writes, just after the start
 * tag, a declarative shadow root rendered by Lit's server renderer and a plain light-DOM fallback
 * (see render.ts and fallback.ts). Every other byte of the page stays as it was, so running it
 * twice changes nothing.
 *
 * Data from a `src` URL is not fetched: the bundled data is rendered, and the fallback says that
 * the page's data is used once the script runs.
 */
import { findWidgets, PrerenderError } from './page.js';
import { renderWidget } from './render.js';

export { PrerenderError };

/**
 * The page with its widgets prerendered. Throws a `PrerenderError` (with the line, when there is
 * one) for input that is not an HTML page or that cannot be written into safely; then nothing is
 * returned, so no half-written page can be saved.
 */
export function prerender(html: string): string {
  if (typeof html !== 'string') throw new PrerenderError('prerender takes the page as a string of HTML.');
  let out = '';
  let at = 0;
  for (const widget of findWidgets(html)) {
    let written: string;
    try {
      written = renderWidget(widget);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new PrerenderError(`Line ${widget.line}: <${widget.tag}> could not be prerendered (${reason}).`);
    }
    out += html.slice(at, widget.offset) + written;
    at = widget.offset;
  }
  return out + html.slice(at);
}

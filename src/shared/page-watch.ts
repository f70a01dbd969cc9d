/**
 * Page-level changes that can change how a widget renders, heard once for the whole page and
 * passed to every connected element: a `lang` attribute anywhere (one MutationObserver, not one
 * per element), the viewport crossing 40rem, whatever `pageChanged()` is called for, and once a
 * widget follows a `dark-selector` (`watchPageRoots()`), any attribute of `<html>` or `<body>`.
 */
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
let observer: MutationObserver | undefined;
let pageRoots: MutationObserver | undefined;

/** Widest a widget is "narrow" at, in rem: the comparison shows cards rather than its table. */
export const NARROW_REM = 40;

/**
 * A viewport NARROW_REM wide or less, in which every widget is narrow too. None where there is no
 * `matchMedia` (Node, jsdom), so importing the package there does not throw.
 */
export const narrowViewport = globalThis.matchMedia?.(`(width<=${NARROW_REM}rem)`);
if (narrowViewport) narrowViewport.onchange = notify;

/** The event `pageChanged` sends: a page may load several of our scripts, each with its own copy of this module. */
const PAGE_CHANGED = 'dcw-page-changed';

/**
 * Tells every connected widget, whichever of our scripts defined it, that something page-wide
 * changed that can change how it renders, beyond what is watched here: a translation registered
 * (`registerTranslation`).
 */
export function pageChanged(): void {
  globalThis.document?.dispatchEvent(new Event(PAGE_CHANGED));
}

/**
 * Calls `listener` now (an element put back under another `lang` is such a change too) and on
 * each change, until the returned function is called.
 */
export function watchPage(listener: () => void): () => void {
  listeners.add(listener);
  listener();
  if (!observer) {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    document.addEventListener(PAGE_CHANGED, notify);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      pageRoots?.disconnect();
      observer = pageRoots = undefined;
      document.removeEventListener(PAGE_CHANGED, notify);
    }
  };
}

/**
 * Also hears every attribute change of `<html>` and `<body>` (a site's dark-mode class or data
 * attribute), from the first widget that follows a `dark-selector` until no widget is left: pages
 * without one do not re-render their widgets on every change there.
 */
export function watchPageRoots(): void {
  if (pageRoots || !observer) return;
  // A second observer: observing <html> again with the first would replace its options.
  pageRoots = new MutationObserver(notify);
  for (const root of [document.documentElement, document.body]) if (root) pageRoots.observe(root, { attributes: true });
}

/** The content of the page's `<meta name="dcw:<name>">`, trimmed; undefined when absent or blank. */
export function pageSetting(name: 'region' | 'locale' | 'theme' | 'dark-selector'): string | undefined {
  return globalThis.document?.querySelector<HTMLMetaElement>(`meta[name="dcw:${name}"]`)?.content.trim() || undefined;
}

/** Whether the page's `<html>` or `<body>` matches `selector`; undefined when it is not a valid selector. */
export function pageMatches(selector: string): boolean | undefined {
  try {
    return document.documentElement.matches(selector) || !!document.body?.matches(selector);
  } catch {
    return undefined;
  }
}

/**
 * Locale resolution: `locale` attribute → the element's own `lang` → the page's
 * `<meta name="dcw:locale">` → the nearest ancestor's `lang` (crossing shadow roots) →
 * `navigator.language` → `en-US`. A tag `Intl` does not accept is
 * skipped, so formatting never throws.
 */
import { numberFormat } from './intl-cache.js';
import { pageSetting } from './page-watch.js';

export const FALLBACK_LOCALE = 'en-US';

/** The canonical form of a BCP 47 tag, or undefined when `Intl` rejects it. */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  const trimmed = tag?.trim();
  if (!trimmed) return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(trimmed);
    // Building the (cached) formatter proves the tag is usable for formatting, not just well-formed.
    return canonical && numberFormat(canonical).resolvedOptions().locale ? canonical : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The element's own `lang`, else that of the nearest ancestor that has one, looking through shadow
 * roots to their hosts: `<dcw-salary-calculator lang="de-DE">` on an English page is German, as
 * any element with a `lang` is. (The widgets set `lang` only on their inner `part="base"`, in
 * their own shadow root, never on the host, so this never reads back what a widget wrote.)
 */
export function nearestLang(el: Element): string | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

export function resolveLocale(el: Element, attribute: string | null | undefined): string {
  return (
    canonicalLocale(attribute) ??
    canonicalLocale(el.getAttribute('lang')) ??
    canonicalLocale(pageSetting('locale')) ??
    canonicalLocale(nearestLang(el)) ??
    canonicalLocale(globalThis.navigator?.language) ??
    FALLBACK_LOCALE
  );
}

/**
 * Locale resolution: `locale` attribute → nearest ancestor `lang` (crossing shadow roots) →
 * `navigator.language` → `en-US`. A tag `Intl` does not accept is skipped, so formatting never throws.
 */
import { numberFormat } from './intl-cache.js';

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

/** The `lang` of the nearest ancestor that has one, looking through shadow roots to their hosts. */
export function inheritedLang(el: Element): string | undefined {
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

export function resolveLocale(el: Element, attribute: string | null | undefined): string {
  return (
    canonicalLocale(attribute) ??
    canonicalLocale(inheritedLang(el)) ??
    canonicalLocale(globalThis.navigator?.language) ??
    FALLBACK_LOCALE
  );
}

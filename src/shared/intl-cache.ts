/**
 * Memoised `Intl` formatters shared by every element on the page.
 *
 * Building an `Intl.NumberFormat` costs far more than using one (it loads locale data), and a
 * checklist with hundreds of items or a calculator re-rendering on every keystroke would build
 * thousands. Formatters are immutable, so sharing one per (locale, options) is safe.
 *
 * Each cache keeps the MAX_FORMATTERS most recently used formatters (as relative-time's
 * `intl-cache.ts` does): a page only ever uses a handful, but locales come from attributes and
 * `lang`, which a page (or a fuzzer) can change without end, and an unbounded cache would keep
 * every formatter ever built.
 */
const MAX_FORMATTERS = 100;

/** The formatter under `key`, built by `create` when missing; the least recently used one goes when full. */
function cached<F>(cache: Map<string, F>, key: string, create: () => F): F {
  let formatter = cache.get(key);
  if (formatter) {
    // Re-inserting moves the key to the end of the Map's order: the front is the least recent.
    cache.delete(key);
  } else {
    formatter = create();
    if (cache.size >= MAX_FORMATTERS) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, formatter);
  return formatter;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(numberFormats, `${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

/** A list of names joined for the locale ("A, B and C", "A, B y C"). */
export function formatList(locale: string, items: readonly string[]): string {
  return cached(listFormats, locale, () => new Intl.ListFormat(locale)).format(items);
}

/** A plain number (counts, hours) in the reader's format. */
export function formatNumber(locale: string, value: number, maximumFractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** Money in full ("$132,270"), never abbreviated: screen readers misread "132K". */
export function formatMoney(locale: string, value: number, currency: string, fractionDigits = 0): string {
  return numberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** A ratio 0–1 as a percent ("42 %" in de-DE). */
export function formatPercent(locale: string, ratio: number): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

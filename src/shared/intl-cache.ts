/**
 * Memoised `Intl` formatters shared by every element on the page.
 *
 * Building an `Intl.NumberFormat` costs far more than using one (it loads locale data), and a
 * checklist with hundreds of items or a calculator re-rendering on every keystroke would build
 * thousands. Formatters are immutable, so sharing one per (locale, options) is safe.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
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

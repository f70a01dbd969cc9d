/**
 * Message catalogues. Each element keeps its own catalogue beside it; this file has the strings
 * every element shares and the lookup that picks a language with English as the fallback.
 *
 * A catalogue is a plain object per language; strings with values are functions, so a missing
 * parameter is a compile error rather than "undefined" on screen.
 */
export type Language = 'en' | 'es' | 'de';
export const LANGUAGES: readonly Language[] = ['en', 'es', 'de'];

export interface Catalogue<M> {
  en: M;
  es: Partial<M>;
  de: Partial<M>;
}

/** The UI language for a locale: its primary subtag when we have it, else English. */
export function languageOf(locale: string): Language {
  const primary = locale.split('-')[0]?.toLowerCase() as Language;
  return LANGUAGES.includes(primary) ? primary : 'en';
}

const merged = new WeakMap<object, Map<Language, unknown>>();

/** The messages for a locale, each missing key filled from English. Memoised per catalogue. */
export function messagesFor<M extends object>(catalogue: Catalogue<M>, locale: string): M {
  const language = languageOf(locale);
  let byLanguage = merged.get(catalogue);
  if (!byLanguage) merged.set(catalogue, (byLanguage = new Map()));
  let messages = byLanguage.get(language) as M | undefined;
  if (!messages) {
    messages = { ...catalogue.en, ...catalogue[language] };
    byLanguage.set(language, messages);
  }
  return messages;
}

export const sharedMessages: Catalogue<{
  loading: string;
  /** Custom data failed validation. The JSON path and the expectation stay as they are (English). */
  invalidData: (path: string, expected: string) => string;
  /** Custom data could not be fetched. The reason is the browser's or the server's, as it came. */
  loadFailed: (url: string, reason: string) => string;
  usingBuiltIn: string;
  unknownValue: (attribute: string, value: string, fallback: string) => string;
  source: string;
  sources: string;
  noFigure: string;
  /** In a source line whose source gives no year or period. */
  periodUnknown: string;
  /** Beside a figure more than three years older than the dataset. */
  dated: (year: number) => string;
}> = {
  en: {
    loading: 'Loading data…',
    invalidData: (path, expected) => `The custom data is invalid at ${path}: ${expected}.`,
    loadFailed: (url, reason) => `The data at ${url} could not be loaded (${reason}).`,
    usingBuiltIn: 'Showing the built-in data instead.',
    unknownValue: (attribute, value, fallback) => `Unknown ${attribute} "${value}"; showing ${fallback}.`,
    source: 'Source',
    sources: 'Sources',
    noFigure: 'No published figure',
    periodUnknown: 'period not stated',
    dated: (year) => `published ${year}`,
  },
  es: {
    loading: 'Cargando datos…',
    invalidData: (path, expected) => `Los datos personalizados no son válidos en ${path}: ${expected}.`,
    loadFailed: (url, reason) => `No se pudieron cargar los datos de ${url} (${reason}).`,
    usingBuiltIn: 'Se muestran los datos incluidos.',
    unknownValue: (attribute, value, fallback) => `${attribute} desconocido «${value}»; se muestra ${fallback}.`,
    source: 'Fuente',
    sources: 'Fuentes',
    noFigure: 'No hay cifra publicada',
    periodUnknown: 'periodo no indicado',
    dated: (year) => `publicado en ${year}`,
  },
  de: {
    loading: 'Daten werden geladen …',
    invalidData: (path, expected) => `Die eigenen Daten sind ungültig bei ${path}: ${expected}.`,
    loadFailed: (url, reason) => `Die Daten unter ${url} konnten nicht geladen werden (${reason}).`,
    usingBuiltIn: 'Stattdessen werden die mitgelieferten Daten angezeigt.',
    unknownValue: (attribute, value, fallback) =>
      `Unbekannter Wert für ${attribute}: „${value}“; angezeigt wird ${fallback}.`,
    source: 'Quelle',
    sources: 'Quellen',
    noFigure: 'Keine veröffentlichte Zahl',
    periodUnknown: 'Zeitraum nicht angegeben',
    dated: (year) => `veröffentlicht ${year}`,
  },
};

/**
 * Message catalogues. Each element keeps its own catalogue beside it; this file has the strings
 * every element shares and the lookup that picks a language, with English as the fallback and a
 * site's registered translations (`translations.ts`) laid over ours.
 *
 * A catalogue is a plain object per language; strings with values are functions, so a missing
 * parameter is a compile error rather than "undefined" on screen.
 */
import { overlaySiteStrings } from './site-strings.js';
import {
  isRegistered,
  registeredStrings,
  translationGeneration,
  type CatalogueMessages,
  type CatalogueName,
} from './translations.js';

/** The languages whose text ships with the widgets; `es` and `de` leave out what is as in English. */
const BUILT_IN: readonly string[] = ['en', 'es', 'de'];

export interface Catalogue<N extends CatalogueName> {
  /** The name a site's translation gives these strings under: `registerTranslation('fr', { [name]: … })`. */
  name: N;
  en: CatalogueMessages[N];
  es: Partial<CatalogueMessages[N]>;
  de: Partial<CatalogueMessages[N]>;
}

/** A tag and its parents, most specific first: `de-CH`, `de`. */
function withParents(tag: string): string[] {
  const subtags = tag.split('-');
  return subtags.map((_, i) => subtags.slice(0, subtags.length - i).join('-'));
}

/**
 * The UI language for a (canonical) locale: the locale or its nearest parent that has text,
 * ours or registered (`de-CH` → `de-CH` when registered, else `de`), else English.
 */
export function languageOf(locale: string): string {
  return withParents(locale).find((tag) => BUILT_IN.includes(tag) || isRegistered(tag)) ?? 'en';
}

/**
 * English, then for each tag from the language's primary subtag to the language itself (`de`,
 * `de-CH`): our strings, then the site's. A site's English strings come first of all, so they are
 * also the fallback for every other language.
 */
function buildMessages<N extends CatalogueName>(catalogue: Catalogue<N>, language: string): CatalogueMessages[N] {
  const english = catalogue.en as unknown as Record<string, unknown>;
  const messages = { ...english };
  // A Set keeps the order and drops the second `en` of an English language (`en`, `en-GB`).
  for (const tag of new Set(['en', ...withParents(language).reverse()])) {
    if (tag === 'es' || tag === 'de') Object.assign(messages, catalogue[tag]);
    for (const site of registeredStrings(tag, catalogue.name))
      overlaySiteStrings(messages, english, site, tag, catalogue.name);
  }
  return messages as unknown as CatalogueMessages[N];
}

let merged = new WeakMap<object, Map<string, unknown>>();
let mergedGeneration = translationGeneration();

/** The messages for a locale, each missing string filled from English. Memoised per catalogue and language. */
export function messagesFor<N extends CatalogueName>(catalogue: Catalogue<N>, locale: string): CatalogueMessages[N] {
  // A registration can change any language's strings: start again from the catalogues.
  if (mergedGeneration !== translationGeneration()) {
    merged = new WeakMap();
    mergedGeneration = translationGeneration();
  }
  const language = languageOf(locale);
  let byLanguage = merged.get(catalogue);
  if (!byLanguage) merged.set(catalogue, (byLanguage = new Map()));
  let messages = byLanguage.get(language) as CatalogueMessages[N] | undefined;
  if (!messages) {
    messages = buildMessages(catalogue, language);
    byLanguage.set(language, messages);
  }
  return messages;
}

/** Strings every element uses. */
export interface SharedMessages {
  loading: string;
  /** Custom data failed validation. The JSON path and the expectation stay as they are (English). */
  invalidData: (path: string, expected: string) => string;
  /** Custom data could not be fetched. The reason is the browser's or the server's, as it came. */
  loadFailed: (url: string, reason: string) => string;
  /** The validator file (dcw-validate.js) did not load, so custom data cannot be checked. */
  checkerFailed: (reason: string) => string;
  usingBuiltIn: string;
  unknownValue: (attribute: string, value: string, fallback: string) => string;
  source: string;
  sources: string;
  noFigure: string;
  /** In a source line whose source gives no year or period. */
  periodUnknown: string;
  /** Beside a figure more than three years older than the dataset. */
  dated: (year: number) => string;
}

export const sharedMessages: Catalogue<'shared'> = {
  name: 'shared',
  en: {
    loading: 'Loading data…',
    invalidData: (path, expected) => `The custom data is invalid at ${path}: ${expected}.`,
    loadFailed: (url, reason) => `The data at ${url} could not be loaded (${reason}).`,
    checkerFailed: (reason) => `The custom data could not be checked: the data checker did not load (${reason}).`,
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
    checkerFailed: (reason) =>
      `No se pudieron comprobar los datos personalizados: el verificador de datos no se cargó (${reason}).`,
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
    checkerFailed: (reason) =>
      `Die eigenen Daten konnten nicht geprüft werden: Die Datenprüfung wurde nicht geladen (${reason}).`,
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

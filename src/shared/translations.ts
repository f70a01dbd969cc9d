/**
 * Translations a site registers at run time (`registerTranslation`), as Shoelace's
 * `@shoelace-style/localize` does: a language we do not ship, or different words for one we do.
 *
 * A registration is checked for its shape here (a valid language tag, an object of catalogue
 * names); each string is checked against the English one when a catalogue is looked up
 * (`messagesFor`), since only then is the English at hand: importing every element's catalogue
 * here would put all three elements' text into a page that shows one.
 */
import type { ChecklistMessages } from '../skills-checklist/messages.js';
import type { RoleComparisonMessages } from '../role-comparison/messages.js';
import type { SalaryMessages } from '../salary-calculator/messages.js';
import type { SharedMessages } from './messages.js';
import { pageChanged } from './page-watch.js';

/**
 * The strings of each catalogue, under the name a translation gives them. Type-only imports: the
 * types of the elements' catalogues are the single source of what can be translated.
 */
export interface CatalogueMessages {
  /** Strings every element uses: loading, data errors, unknown attribute values, sources. */
  shared: SharedMessages;
  /** `<dcw-salary-calculator>`. */
  salary: SalaryMessages;
  /** `<dcw-skills-checklist>`. */
  checklist: ChecklistMessages;
  /** `<dcw-role-comparison>`. */
  comparison: RoleComparisonMessages;
}

/** The name of a catalogue: `shared`, `salary`, `checklist` or `comparison`. */
export type CatalogueName = keyof CatalogueMessages;

/**
 * Some of a catalogue's strings. A string with values is a function of them, as in English
 * (`you: (pay, where) => …`); a group of strings (`periods`, `position`, …) may be given in part.
 */
export type PartialMessages<M> = {
  [K in keyof M]?: M[K] extends (...args: never[]) => unknown ? M[K] : M[K] extends object ? Partial<M[K]> : M[K];
};

/**
 * What `registerTranslation` takes: any of the catalogues, each with any of its strings. What is
 * left out falls back to the same string of the parent language (`de` for `de-CH`), then to English.
 */
export type Translation = { [N in CatalogueName]?: PartialMessages<CatalogueMessages[N]> };

/** Every catalogue name, to refuse a misspelt one at run time (the Record makes the list complete). */
const CATALOGUE_NAMES: Record<CatalogueName, true> = { shared: true, salary: true, checklist: true, comparison: true };

type Strings = Record<string, unknown>;

interface Registry {
  /** Registrations by canonical language tag, oldest first: a later one wins where both give a string. */
  registered: Map<string, Array<Partial<Record<CatalogueName, Strings>>>>;
  /** Goes up by one on each registration. */
  generation: number;
}

/**
 * Kept on the page rather than in this module: a page may load several of our scripts (a
 * per-widget one and the all-in one), each with its own copy of this module, and a translation
 * registered through any of them is for every widget on the page.
 */
const REGISTRY = Symbol.for('dev-career-widgets.translations');
const registry: Registry = ((globalThis as { [REGISTRY]?: Registry })[REGISTRY] ??= {
  registered: new Map(),
  generation: 0,
});
const { registered } = registry;

/** A plain object of named values (not null, not an array): what a translation and its groups are. */
export const isObject = (value: unknown): value is Strings =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Logs a registration problem. Misuse is the site's to fix, but must never break a widget. */
export function warnTranslation(lang: string, problem: string): void {
  console.warn(`dev-career-widgets: registerTranslation('${lang}'): ${problem}`);
}

/**
 * A copy one level into groups, so that getters run (and may throw) here, not at render time.
 * `fromEntries` defines each key, so a `__proto__` key from JSON stays a key (refused later).
 */
const copyStrings = (strings: Strings): Strings =>
  Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, isObject(value) ? { ...value } : value]));

/**
 * Adds a language, or changes strings of one, for every widget on the page; widgets already
 * shown re-render. `lang` is a BCP 47 tag: `fr`, or `de-CH` for Swiss German over German.
 *
 * ```js
 * registerTranslation('fr', { salary: { pay: 'Votre salaire' }, shared: { source: 'Source' } });
 * ```
 *
 * Never throws. An invalid tag or a translation that is not an object is ignored, and so is an
 * unknown catalogue name, an unknown string name, or a value of the wrong kind (a string where
 * English has a function, or the reverse); each with a `console.warn`. A function that throws or
 * returns no string shows the English string instead. Strings are copied when registered:
 * register again to change them.
 */
export function registerTranslation(lang: string, translation: Translation): void {
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(lang)[0];
  } catch {
    // An invalid tag (or not a string at all): `tag` stays undefined.
  }
  if (!tag) return warnTranslation(typeof lang === 'string' ? lang : typeof lang, 'not a valid language tag; ignored');
  if (!isObject(translation)) return warnTranslation(tag, 'the translation is not an object; ignored');
  const catalogues: Partial<Record<CatalogueName, Strings>> = {};
  try {
    for (const [name, strings] of Object.entries(translation)) {
      if (!Object.hasOwn(CATALOGUE_NAMES, name))
        warnTranslation(tag, `"${name}" is not a catalogue (${Object.keys(CATALOGUE_NAMES).join(', ')}); ignored`);
      else if (!isObject(strings)) warnTranslation(tag, `${name} is not an object of strings; ignored`);
      else catalogues[name as CatalogueName] = copyStrings(strings);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'an error';
    return warnTranslation(tag, `reading the translation threw (${reason}); ignored`);
  }
  registered.set(tag, [...(registered.get(tag) ?? []), catalogues]);
  registry.generation++;
  pageChanged();
}

/** What sites registered for a catalogue under exactly this tag, oldest first. */
export function registeredStrings(tag: string, name: CatalogueName): Strings[] {
  return (registered.get(tag) ?? []).flatMap<Strings>((catalogues) => catalogues[name] ?? []);
}

/** Whether a site registered anything under exactly this tag. */
export function isRegistered(tag: string): boolean {
  return registered.has(tag);
}

/** Goes up by one on each registration, so that what was built from translations can be rebuilt. */
export function translationGeneration(): number {
  return registry.generation;
}

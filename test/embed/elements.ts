/**
 * Every element with the attributes a page can set on it, for the robustness tests; `lang` too,
 * since the element's own `lang` chooses its language.
 */
import '../../src/index.js';

export const ELEMENTS = {
  'dcw-role-comparison': ['roles', 'dimensions', 'highlight', 'region', 'locale', 'lang', 'theme', 'dark-selector'],
  'dcw-salary-calculator': [
    'role',
    'role-id',
    'region',
    'experience',
    'pay',
    'pay-period',
    'hours-per-week',
    'weeks-per-year',
    'compare',
    'locale',
    'lang',
    'theme',
    'dark-selector',
  ],
  'dcw-skills-checklist': [
    'role',
    'role-id',
    'categories',
    'level',
    'storage-key',
    'no-persist',
    'locale',
    'lang',
    'theme',
    'dark-selector',
  ],
} as const;

export type Tag = keyof typeof ELEMENTS;
export const TAGS = Object.keys(ELEMENTS) as Tag[];

/** What must never be on screen. */
export const BROKEN_TEXT = /\b(NaN|undefined|Infinity|null|\[object Object\])\b/;

/**
 * The value a notice quotes back, quotes included. Every notice that quotes one says
 * `<open>value<close>; …` (`Unknown role-id "x"; showing …`, `«x»; se muestra …`, `„x“; angezeigt
 * wird …`) and quotes one value only, so it runs from the paragraph's first opening quote to the
 * last closing quote before a `;`, whatever quotes the value itself holds (`role-id='a"b"c'`).
 */
const QUOTED_VALUE = /"[\s\S]*"(?=;)|«[\s\S]*»(?=;)|„[\s\S]*“(?=;)/;

/** A node's text, with each notice paragraph's quoted value left out. */
function textLessQuotedValues(node: Node): string {
  if (node instanceof Element && node.matches('[part~="notice"] > p'))
    return node.textContent!.replace(QUOTED_VALUE, '""');
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!;
  return [...node.childNodes].map(textLessQuotedValues).join('');
}

/**
 * The element's rendered text, less the value each notice quotes back from a bad attribute
 * (`Unknown pay-period "Infinity"` is the widget saying so, not a broken figure). Only that
 * value goes, one notice paragraph at a time: the rest of a notice (what it shows instead) and
 * all other text are checked as they are.
 */
export function shadowText(el: Element): string {
  return el.shadowRoot ? textLessQuotedValues(el.shadowRoot) : '';
}

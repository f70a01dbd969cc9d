/** Every element with the attributes a page can set on it, for the robustness tests. */
import '../../src/index.js';

export const ELEMENTS = {
  'dcw-role-comparison': ['roles', 'dimensions', 'highlight', 'region', 'locale', 'theme'],
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
    'theme',
  ],
  'dcw-skills-checklist': ['role', 'role-id', 'categories', 'level', 'storage-key', 'no-persist', 'locale', 'theme'],
} as const;

export type Tag = keyof typeof ELEMENTS;
export const TAGS = Object.keys(ELEMENTS) as Tag[];

/** What must never be on screen. */
export const BROKEN_TEXT = /\b(NaN|undefined|Infinity|null|\[object Object\])\b/;

/**
 * The element's rendered text, less the values a notice quotes back from a bad attribute
 * (`Unknown role "NaN"` is the widget saying so, not a broken figure).
 */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/"[^"]*"|«[^»]*»|„[^“]*“/g, '""');
}

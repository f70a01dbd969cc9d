/**
 * The embed builder's pure logic: from a state object (which element, its attributes, a few CSS
 * custom properties) to the exact HTML a site owner pastes. No DOM here, so it is unit-tested
 * alone (test/demo/builder.test.ts); the builder page renders its live preview from the same text.
 */
import data from '../src/shared/dataset/dataset.json';
import { version } from '../package.json';

export const TAGS = ['dcw-role-comparison', 'dcw-salary-calculator', 'dcw-skills-checklist'] as const;
export type WidgetTag = (typeof TAGS)[number];

/**
 * Where the README's snippets load the scripts from: the package's `dist/` folder on a public npm
 * CDN, pinned to this version, so that the `integrity` hash stays true of the file.
 */
export const DIST_URL = `https://cdn.jsdelivr.net/npm/dev-career-widgets@${version}/dist/`;

/** `dist/integrity.json` (written by the build): each file's name and its `sha384-…` SRI hash. */
export type Integrity = Readonly<Partial<Record<string, string>>>;

/** A snippet holds one widget, so it loads that widget's own script, not the all-in one. */
export const scriptUrl = (tag: WidgetTag) => `${DIST_URL}${tag}.js`;

/** The theming properties the builder offers (README "Theming"). */
export const CSS_PROPERTIES = ['--dcw-accent-color', '--dcw-font-family', '--dcw-radius', '--dcw-spacing'] as const;
export type CssProperty = (typeof CSS_PROPERTIES)[number];

const COMMON = ['region', 'locale', 'theme'];

/** Each element's attributes, in the order the snippet writes them. `src` is left to hand-editing. */
export const ATTRIBUTES: Record<WidgetTag, readonly string[]> = {
  'dcw-role-comparison': ['roles', 'dimensions', 'highlight', ...COMMON],
  'dcw-salary-calculator': [
    'role-id',
    'experience',
    'pay',
    'pay-period',
    'hours-per-week',
    'weeks-per-year',
    'compare',
    ...COMMON,
  ],
  'dcw-skills-checklist': ['role-id', 'categories', 'level', 'storage-key', 'no-persist', ...COMMON],
};

/** Attributes that are on when present (`compare`), written without a value. */
export const BOOLEAN_ATTRIBUTES: ReadonlySet<string> = new Set(['compare', 'no-persist']);

const COMMON_DEFAULTS = { region: data.defaultRegion, theme: 'auto' };

/** What each element uses when an attribute is absent: the snippet leaves these values out. */
export const DEFAULTS: Record<WidgetTag, Readonly<Record<string, string>>> = {
  'dcw-role-comparison': { ...COMMON_DEFAULTS, roles: 'frontend backend' },
  'dcw-salary-calculator': {
    ...COMMON_DEFAULTS,
    'role-id': 'backend',
    'pay-period': 'year',
    'hours-per-week': '40',
    'weeks-per-year': '52',
  },
  'dcw-skills-checklist': { ...COMMON_DEFAULTS, 'role-id': 'backend' },
};

export interface SnippetState {
  tag: WidgetTag;
  /** Attribute values by name; `''`, `false` and `undefined` mean "not set". */
  attributes: Partial<Record<string, string | boolean>>;
  /** CSS custom property values; empty means "not set". */
  styles: Partial<Record<CssProperty, string>>;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML attribute value in double quotes (or for text content). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * A CSS value fit for a declaration inside `<style>`. Entities mean nothing there, so instead of
 * escaping, the characters that could end the declaration, the rule or the element (`; { } < >`,
 * a backslash, line breaks) are dropped: colours, font lists and lengths never need them.
 */
export function cssValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[;{}<>\\\u0000-\u001f\u007f]/g, '').trim();
}

/** The attributes that differ from the element's defaults, in order, as `name="value"` or `name`. */
export function attributeList(state: SnippetState): string[] {
  const defaults = DEFAULTS[state.tag];
  const out: string[] = [];
  for (const name of ATTRIBUTES[state.tag]) {
    const raw = state.attributes[name];
    if (BOOLEAN_ATTRIBUTES.has(name)) {
      if (raw === true) out.push(name);
      continue;
    }
    const value = typeof raw === 'string' ? raw.trim().replace(/\s+/g, ' ') : '';
    if (value && value !== defaults[name]) out.push(`${name}="${escapeHtml(value)}"`);
  }
  return out;
}

/** The `<style>` block scoped to the element's tag, or `''` when no property is set. */
export function styleBlock(state: SnippetState): string {
  const lines = CSS_PROPERTIES.flatMap((property) => {
    const value = cssValue(state.styles[property] ?? '');
    return value ? [`    ${property}: ${value};`] : [];
  });
  return lines.length ? `<style>\n  ${state.tag} {\n${lines.join('\n')}\n  }\n</style>` : '';
}

/** The element's tag with its non-default attributes. */
export function elementTag(state: SnippetState): string {
  const attributes = attributeList(state);
  return `<${state.tag}${attributes.map((a) => ` ${a}`).join('')}></${state.tag}>`;
}

/** What goes in the page where the widget should appear: the optional `<style>`, then the element. */
export function embedMarkup(state: SnippetState): string {
  return [styleBlock(state), elementTag(state)].filter(Boolean).join('\n');
}

/**
 * The script tag for the widget's own script; with its hash from `integrity` (when known), pinned:
 * `integrity` and `crossorigin="anonymous"`, so the browser runs only that exact file.
 */
export function scriptTag(tag: WidgetTag, integrity: Integrity = {}): string {
  const hash = integrity[`${tag}.js`];
  const pinned = hash ? ` integrity="${escapeHtml(hash)}" crossorigin="anonymous"` : '';
  return `<script src="${escapeHtml(scriptUrl(tag))}"${pinned} defer></script>`;
}

/** The whole snippet: the widget's own script (pinned when its hash is known), then the optional `<style>`, then the element. */
export function buildSnippet(state: SnippetState, integrity: Integrity = {}): string {
  return `${scriptTag(state.tag, integrity)}\n${embedMarkup(state)}`;
}

/**
 * The embed builder's pure logic: from a state object (which element, its attributes, a few CSS
 * custom properties) to the exact HTML a site owner pastes. No DOM here, so it is unit-tested
 * alone (test/demo/builder.test.ts); the builder page renders its live preview from the same text.
 */
import data from '../src/shared/dataset/dataset.json';
import widgets from '../src/widgets.json';
import widgetAttributes from '../src/widget-attributes.generated.json';

/** The widgets, in the registry's order (src/widgets.json). */
export const TAGS = widgets.map((w) => w.tag as WidgetTag);
/** The registry's tags; the generated attribute lists have one entry per widget (`npm run docs:check`). */
export type WidgetTag = keyof typeof widgetAttributes;

/** Where the README's snippets load the scripts from: a copy of the package's `dist/` folder. */
export const DIST_URL = 'https://your-cdn.example/dev-career-widgets/dist/';

/** A snippet holds one widget, so it loads that widget's own script, not the all-in one. */
export const scriptUrl = (tag: WidgetTag) => `${DIST_URL}${tag}.js`;

/** The theming properties the builder offers (README "Theming"). */
export const CSS_PROPERTIES = ['--dcw-accent-color', '--dcw-font-family', '--dcw-radius', '--dcw-spacing'] as const;
export type CssProperty = (typeof CSS_PROPERTIES)[number];

/** One value per widget. */
const byTag = <T>(valueOf: (tag: WidgetTag) => T) =>
  Object.fromEntries(TAGS.map((tag) => [tag, valueOf(tag)])) as Record<WidgetTag, T>;

/**
 * Attributes the builder leaves to hand-editing: `src` (a dataset URL), and `role`, which `role-id`
 * replaces (accessibility checkers read `role` as an ARIA role).
 */
const NOT_OFFERED = new Set(['src', 'role']);

/**
 * Each element's attributes, in the order the snippet writes them: the ones its JSDoc documents
 * (src/widget-attributes.generated.json, from custom-elements.json), so the builder offers only
 * attributes the element reads.
 */
export const ATTRIBUTES: Record<WidgetTag, readonly string[]> = byTag((tag) =>
  widgetAttributes[tag].map((a) => a.name).filter((name) => !NOT_OFFERED.has(name)),
);

/** Attributes that are on when present (`compare`), written without a value. */
export const BOOLEAN_ATTRIBUTES: ReadonlySet<string> = new Set(
  TAGS.flatMap((tag) => widgetAttributes[tag].filter((a) => a.type === 'boolean').map((a) => a.name)),
);

/**
 * Defaults the elements work out at run time (written `(…)` in their JSDoc), as they come out with
 * the bundled data for a US reader: `role-id` falls back to `role`, whose default is `backend`.
 */
const WORKED_OUT: Readonly<Record<string, string>> = {
  region: data.defaultRegion,
  'role-id': 'backend',
  'hours-per-week': '40',
  'weeks-per-year': '52',
};

/** What each element uses when an attribute is absent: the snippet leaves these values out. */
export const DEFAULTS: Record<WidgetTag, Readonly<Record<string, string>>> = byTag((tag) =>
  Object.fromEntries(
    widgetAttributes[tag].flatMap(({ name, default: value }) => {
      const used = value.startsWith('(') ? WORKED_OUT[name] : value;
      return used === undefined ? [] : [[name, used]];
    }),
  ),
);

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

/** The tag that loads the widget's own script, first in every snippet. */
export function scriptTag(state: SnippetState): string {
  return `<script src="${escapeHtml(scriptUrl(state.tag))}" defer></script>`;
}

/** The whole snippet: the widget's own script, then the optional `<style>`, then the element. */
export function buildSnippet(state: SnippetState): string {
  return `${scriptTag(state)}\n${embedMarkup(state)}`;
}

/** The two snippets the builder offers (its "Snippet" choice). */
export type SnippetKind = 'script' | 'prerendered';

/** What the site owner runs to prerender a page themselves: the package's CLI (README "Prerendering"). */
export const PRERENDER_COMMAND = 'npx dev-career-widgets prerender page.html > out.html';

/**
 * The prerendered snippet: the same script tag, then `prerenderedMarkup`, which must be
 * `prerender(embedMarkup(state))` (the dev server's `/prerender` answers it, see
 * scripts/prerender-endpoint.mjs; the markup is never rendered here). The script still loads: it
 * upgrades the prerendered widget into the working one.
 *
 * `undefined` when the markup is not the embed markup of this state with content written inside
 * the element (prerender changes nothing else): an answer for other settings is never shown.
 */
export function prerenderedSnippet(state: SnippetState, prerenderedMarkup: string): string | undefined {
  const embed = embedMarkup(state);
  const endTag = `</${state.tag}>`;
  const start = embed.slice(0, -endTag.length);
  const written = prerenderedMarkup.length > embed.length;
  if (!written || !prerenderedMarkup.startsWith(start) || !prerenderedMarkup.endsWith(endTag)) return undefined;
  return `${scriptTag(state)}\n${prerenderedMarkup}`;
}

/** The size of a text as UTF-8 bytes, the way a page's HTML weighs: `"812 B"`, `"32.5 KB"` (1 KB = 1024 B). */
export function byteSize(text: string): string {
  const bytes = new TextEncoder().encode(text).length;
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

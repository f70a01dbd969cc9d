/**
 * One widget rendered on the server: its shadow root by Lit's server renderer, as a declarative
 * shadow root (`<template shadowrootmode="open">` with its styles), and its fallback.
 *
 * The element is set up as the browser would set it up before its first render: the tag's
 * attributes, the locale from its `lang` or the page's, and the data (bundled, or the inline JSON
 * child checked by the very validator the browser loads). The server renderer calls no
 * `connectedCallback`, so nothing that needs a browser (storage, observers, fetch) runs here.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import '../role-comparison/define.js';
import '../salary-calculator/define.js';
import '../skills-checklist/define.js';
import type { Dataset } from '../shared/dataset/schema.js';
import { validateDataset } from '../shared/dataset/validate.js';
import { canonicalLocale, FALLBACK_LOCALE } from '../shared/locale.js';
import { messagesFor, sharedMessages } from '../shared/messages.js';
import { fallbackHtml } from './fallback.js';
import type { WidgetTag } from './page.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The base element's state that the browser sets before the first render (protected there). */
interface ServerState {
  locale?: string;
  bundledData: Dataset;
  data?: Dataset;
  dataProblem?: string;
  currentLocale: string;
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const partsOf = (el: Element) => el.attrs.find((a) => a.name === 'part')?.value.split(/\s+/) ?? [];

/** A node's children; a template's are those of its content. */
const childrenOf = (node: Node): Node[] =>
  'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return childrenOf(node).map(textOf).join('');
}

/** The text of each paragraph of the notices and the data alert, as the widget shows them. */
function noticesOf(node: Node, out: string[] = []): string[] {
  if (isElement(node) && partsOf(node).some((p) => p === 'notice' || p === 'error')) {
    for (const child of node.childNodes) {
      const text = textOf(child).replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
    }
    return out;
  }
  for (const child of childrenOf(node)) noticesOf(child, out);
  return out;
}

/** Lit's hydration markers: `<!--lit-part …-->`, `<!--/lit-part-->`, `<!--lit-node 3-->`. */
const HYDRATION_MARKER = /^\/?lit-(part|node)\b/;

/**
 * The rendered shadow root without what would mislead or go unread, cut at source offsets:
 * - a boolean property binding, which the server renderer writes as an attribute with its value
 *   (`.checked=${false}` → `checked="false"`); HTML reads that as checked, so every checkbox
 *   would be ticked and every option selected until the script runs;
 * - Lit's hydration markers, about a third of the markup: the widgets do not hydrate (they clear
 *   the prerendered root and render again, see `createRenderRoot` in dcw-element.ts), so nothing
 *   reads them, and they only make the page longer to send and to parse.
 */
function withoutUnread(shadow: string): string {
  const cuts: Array<[number, number]> = [];
  const visit = (node: Node) => {
    if (node.nodeName === '#comment' && HYDRATION_MARKER.test((node as DefaultTreeAdapterMap['commentNode']).data)) {
      const at = node.sourceCodeLocation;
      if (at) cuts.push([at.startOffset, at.endOffset]);
    }
    if (isElement(node) && (node.tagName === 'input' || node.tagName === 'option')) {
      for (const name of ['checked', 'selected']) {
        const at = node.sourceCodeLocation?.attrs?.[name];
        if (at && node.attrs.find((a) => a.name === name)?.value === 'false') cuts.push([at.startOffset, at.endOffset]);
      }
    }
    childrenOf(node).forEach(visit);
  };
  visit(parseFragment(shadow, { sourceCodeLocationInfo: true }));
  let out = '';
  let from = 0;
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    out += shadow.slice(from, start);
    from = end;
  }
  return out + shadow.slice(from);
}

/** How the browser treats custom data: `src` wins (not fetched here), else the inline JSON is checked. */
function customData(widget: WidgetTag, locale: string): Pick<ServerState, 'data' | 'dataProblem'> {
  if (widget.attributes.get('src') || widget.inlineJson === undefined) return {};
  const shared = messagesFor(sharedMessages, locale);
  let json: unknown;
  try {
    json = JSON.parse(widget.inlineJson);
  } catch {
    return { dataProblem: shared.invalidData('(root)', 'expected valid JSON') };
  }
  const result = validateDataset(json);
  if (result.ok) return { data: result.data };
  const first = result.issues[0];
  return { dataProblem: first ? shared.invalidData(first.path, first.message) : shared.usingBuiltIn };
}

/**
 * Runs `render` with a ResizeObserver that observes nothing where Node has none: the comparison
 * makes its observer when it is constructed (and uses it only once it is on a page). Put back as it
 * was afterwards, so the process that imports prerender keeps its globals.
 */
function withResizeObserver<T>(render: () => T): T {
  const scope = globalThis as { ResizeObserver?: unknown };
  if (scope.ResizeObserver) return render();
  scope.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  try {
    return render();
  } finally {
    delete scope.ResizeObserver;
  }
}

/** The declarative shadow root and the fallback of one widget, to write just after its start tag. */
export function renderWidget(widget: WidgetTag): string {
  const locale = canonicalLocale(widget.attributes.get('locale')) ?? canonicalLocale(widget.lang) ?? FALLBACK_LOCALE;
  let element: (HTMLElement & ServerState) | undefined;

  // A renderer per widget, which sets the element up before the server renderer's
  // `connectedCallback` runs its `willUpdate`.
  class WidgetRenderer extends LitElementRenderer {
    override connectedCallback(): void {
      for (const [name, value] of widget.attributes) this.setAttribute(name, value);
      element = this.element as unknown as HTMLElement & ServerState;
      // Resolved here, from the page, as `resolveLocale` does in the browser from the ancestors.
      element.locale = locale;
      Object.assign(element, customData(widget, locale));
      // The bundled data unless custom data was given, as connectedCallback (not called here) sets it.
      element.data ??= element.bundledData;
      // A server has no storage: the checklist shows no progress, as on a first visit.
      if (widget.tag === 'dcw-skills-checklist') Object.assign(element, { noPersist: true });
      super.connectedCallback();
    }
  }

  const tag = unsafeStatic(widget.tag);
  // A static template (lit/static-html.js): the tag is a name from the registry, not a binding.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const template = html`<${tag}></${tag}>`;
  const out = withResizeObserver(() => collectResultSync(render(template, { elementRenderers: [WidgetRenderer] })));
  const host = parseFragment(out, { sourceCodeLocationInfo: true }).childNodes.find(isElement);
  const root = host?.childNodes.find((n): n is Element => isElement(n) && n.tagName === 'template');
  const location = root?.sourceCodeLocation;
  if (!element || !root || !location) throw new Error(`the server renderer gave no shadow root for <${widget.tag}>`);
  const shadow = withoutUnread(out.slice(location.startOffset, location.endOffset));
  const fallback = fallbackHtml(widget.tag, element, {
    data: element.data!,
    locale: element.currentLocale,
    notices: noticesOf(root),
    src: widget.attributes.get('src') || undefined,
  });
  return shadow + fallback;
}

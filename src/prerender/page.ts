/**
 * Finding the widgets in a page: parse5 parses the page as a browser would, with each node's source
 * offsets, so `prerender` can write inside each tag and leave every other byte of the page as it
 * was. Nothing here rewrites HTML as text.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { WIDGET_TAGS } from './widget-tags.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A page `prerender` cannot write into safely; the message names the line. */
export class PrerenderError extends Error {
  override name = 'PrerenderError';
}

/** One widget tag as the page has it. */
export interface WidgetTag {
  tag: string;
  /** Its attributes, names in lower case, as the browser reads them. */
  attributes: Map<string, string>;
  /** The `lang` of the tag or its nearest ancestor that has one. */
  lang?: string;
  /** The text of its `<script type="application/json">` child, when it has one. */
  inlineJson?: string;
  /** Where its content starts in the page: just after its start tag. */
  offset: number;
  line: number;
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** A `<template shadowrootmode>` child (or the older `shadowroot`): the tag was prerendered before. */
const hasDeclarativeShadowRoot = (el: Element) =>
  el.childNodes.some(
    (child) =>
      isElement(child) &&
      child.tagName === 'template' &&
      (attribute(child, 'shadowrootmode') !== undefined || attribute(child, 'shadowroot') !== undefined),
  );

function inlineJsonOf(el: Element): string | undefined {
  // As the widget's `:scope > script[type="application/json"]` (the type compared without case, as HTML does).
  const script = el.childNodes.find(
    (child): child is Element =>
      isElement(child) && child.tagName === 'script' && attribute(child, 'type')?.toLowerCase() === 'application/json',
  );
  if (!script) return undefined;
  return script.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');
}

function langOf(el: Element): string | undefined {
  for (let node: Node | null = el; node && isElement(node); node = node.parentNode as Node | null) {
    const lang = attribute(node, 'lang');
    if (lang !== undefined) return lang;
  }
  return undefined;
}

/**
 * The widget tags of a page that have not been prerendered yet, in source order. Widgets inside a
 * widget (its light DOM, which it does not show) and inside `<template>` content are left out.
 */
export function findWidgets(html: string): WidgetTag[] {
  if (html.includes('\0')) throw new PrerenderError('This is not an HTML page (it holds binary data).');
  const document = parse(html, { sourceCodeLocationInfo: true });
  const found: WidgetTag[] = [];
  let anyTag = false;
  const visit = (node: Node) => {
    if (isElement(node)) {
      const location = node.sourceCodeLocation;
      if (location?.startTag) anyTag = true;
      if (WIDGET_TAGS.includes(node.tagName) && location?.startTag) {
        if (!location.endTag)
          throw new PrerenderError(
            `Line ${location.startLine}: <${node.tagName}> has no end tag, so the rest of the page would ` +
              `become its hidden content. Add </${node.tagName}> after it.`,
          );
        if (!hasDeclarativeShadowRoot(node))
          found.push({
            tag: node.tagName,
            attributes: new Map(node.attrs.map((a) => [a.name, a.value])),
            lang: langOf(node),
            inlineJson: inlineJsonOf(node),
            offset: location.startTag.endOffset,
            line: location.startLine,
          });
        return;
      }
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(document);
  if (!anyTag) throw new PrerenderError('This is not an HTML page: it has no tags at all.');
  return found;
}

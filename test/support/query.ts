/**
 * One way for every test to reach into a widget's shadow root and read its text, instead of a
 * `$`, `$$` and `text` of its own in each test file.
 */

/** The first element in `el`'s shadow root matching `selector`. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);

/** Every element in `el`'s shadow root matching `selector`. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** Runs of white space (no-break and narrow no-break spaces too, as `Intl` writes them) as one space, trimmed. */
export const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A node's text, normalised (`norm`); empty when there is no node. */
export const textOf = (node: Node | null | undefined): string => norm(node?.textContent ?? '');

/** The normalised text of the first match in `el`'s shadow root; by default the whole widget (`part="base"`). */
export const text = (el: Element, selector = '[part="base"]'): string => textOf($(el, selector));

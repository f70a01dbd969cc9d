/**
 * A widget as it prints, in every engine: the rules of its shadow root's `@media print` blocks are
 * applied to the screen too (a stylesheet of them, adopted last), because only Chromium can
 * emulate print media from a test. Returns a function that takes them off again.
 */
export function asPrinted(el: Element): () => void {
  const root = el.shadowRoot!;
  const rules: string[] = [];
  for (const sheet of root.adoptedStyleSheets)
    for (const rule of sheet.cssRules)
      if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
        rules.push(...[...rule.cssRules].map((r) => r.cssText));
  if (!rules.length) throw new Error(`${el.localName} has no print rules`);
  const printed = new CSSStyleSheet();
  printed.replaceSync(rules.join('\n'));
  const before = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...before, printed];
  return () => {
    root.adoptedStyleSheets = before;
  };
}

/** Whether an element takes up room on the page (is laid out, not `display: none` or inside one). */
export const isShown = (el: Element): boolean => el.getClientRects().length > 0;

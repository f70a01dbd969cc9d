import { $$ } from '../support/query.js';

/**
 * The prerendered test page and what its tests do with it: open it with scripts off, or place its
 * body in the test's document, where the widgets stay undefined until a test imports their module.
 */
const PAGE = '/prerendered/test/prerender/three-widgets.html';
const TAGS = ['dcw-role-comparison', 'dcw-salary-calculator', 'dcw-skills-checklist'] as const;
export const STORAGE_KEY = 'dcw-prerender-test';

export type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** The page with JavaScript off: a sandboxed frame (no `allow-scripts`) that the test may read. */
export async function openWithoutScripts(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width: 900px; height: 600px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = PAGE;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/**
 * The body of `page` (by default the three-widget page, prerendered) moved into this document, shadow roots and all, as the parser built them: the
 * widgets stay undefined (not upgraded) until their module is imported here.
 */
export async function placePage(page = PAGE): Promise<HTMLElement> {
  const html = await (await fetch(page)).text();
  const parsed = Document.parseHTMLUnsafe(html);
  const container = document.createElement('main');
  container.style.cssText = 'width: 900px; font: 16px/1.5 sans-serif';
  container.append(...[...parsed.body.childNodes].map((n) => document.adoptNode(n)));
  document.body.append(container);
  return container;
}

export const widgetsIn = (root: ParentNode) => TAGS.map((tag) => root.querySelector<Widget>(tag)!);

/** Every box that a jump would move: the hosts, their main parts, and the paragraphs between them. */
export function boxes(container: HTMLElement): string[] {
  const parts = widgetsIn(container).flatMap((w) => [
    w,
    ...$$(w, '[part~="base"], [part~="table"], [part~="header"], [part~="category"], [part~="result"]'),
  ]);
  return [...parts, ...container.querySelectorAll(':scope > p, :scope > h1')].map((el) => {
    const r = el.getBoundingClientRect();
    return `${el.localName}.${el.getAttribute('part') ?? ''} ${r.x.toFixed(1)},${r.y.toFixed(1)} ${r.width.toFixed(1)}×${r.height.toFixed(1)}`;
  });
}

export const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

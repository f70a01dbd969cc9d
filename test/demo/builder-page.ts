import { expect, waitUntil } from '@open-wc/testing';
import { DIST_URL, scriptUrl, type SnippetState } from '../../demo/snippet.js';

/**
 * The embed builder page (demo/index.html) in a frame, driven through its controls, and a blank
 * page to paste its snippet into: shared by the builder's page tests.
 */
export const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const frames: HTMLIFrameElement[] = [];

/** Removes the frames the test opened: `afterEach(closeFrames)`. */
export function closeFrames(): void {
  frames.splice(0).forEach((f) => f.remove());
}

export function frame(width: number): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: ${width}px; height: 700px; border: 0`;
  document.body.append(iframe);
  frames.push(iframe);
  return iframe;
}

/** The builder page, once its script has written the first snippet and the preview has rendered. */
export async function openBuilder(width = 1000): Promise<Document> {
  const iframe = frame(width);
  iframe.src = '/demo/index.html';
  await waitUntil(
    () => iframe.contentDocument?.querySelector<HTMLTextAreaElement>('#snippet')?.value.includes('<dcw-'),
    'the builder wrote no snippet',
    {
      timeout: 8000,
    },
  );
  const doc = iframe.contentDocument!;
  await previewRendered(doc);
  return doc;
}

export function previewElement(doc: Document): HTMLElement {
  return doc.querySelector<HTMLElement>('#preview > *:not(style)')!;
}

export function previewRendered(doc: Document): Promise<void> {
  return waitUntil(
    () => previewElement(doc)?.shadowRoot?.querySelector('[part~="base"]'),
    'the preview did not render',
    { timeout: 8000 },
  );
}

/** Sets a control as a user would leave it: a value, then `input` and `change`. */
export function set(doc: Document, selector: string, value: string): void {
  const control = doc.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  expect(control, selector).to.exist;
  control.value = value;
  const win = doc.defaultView! as Window & typeof globalThis;
  control.dispatchEvent(new win.Event('input', { bubbles: true }));
  control.dispatchEvent(new win.Event('change', { bubbles: true }));
}

export function click(doc: Document, selector: string): void {
  const control = doc.querySelector<HTMLElement>(selector);
  expect(control, selector).to.exist;
  control!.click();
}

export const snippetOf = (doc: Document) => doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;

export interface Probe {
  errors: string[];
  console: string[];
  violations: string[];
}

/** A blank page holding only the snippet, with the built bundle for the CDN URL. */
export async function paste(
  snippet: string,
  tag: string,
): Promise<{ doc: Document; el: HTMLElement; probe: () => Probe }> {
  expect(snippet.startsWith(`<script src="${scriptUrl(tag as SnippetState['tag'])}" defer></script>`)).to.equal(true);
  const iframe = frame(900);
  // probe.js (test/embed) records errors and console output from before the snippet runs.
  iframe.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted snippet</title><script src="/raw/test/embed/probe.js"></script></head><body>${snippet.replace(DIST_URL, '/dist/')}</body></html>`;
  await waitUntil(
    () => iframe.contentDocument?.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]')?.textContent?.trim(),
    `${tag} did not render in the pasted page`,
    { timeout: 8000 },
  );
  const doc = iframe.contentDocument!;
  const win = iframe.contentWindow as Window & { dcwProbe: () => Probe };
  return { doc, el: doc.querySelector<HTMLElement>(tag)!, probe: () => win.dcwProbe() };
}

export function expectClean(probe: Probe, el: HTMLElement): void {
  expect(probe.errors, 'errors').to.deep.equal([]);
  expect(probe.console, 'console errors and warnings').to.deep.equal([]);
  // Every value the builder wrote was taken: no notice about an ignored or refused attribute.
  expect(el.shadowRoot!.querySelector('[part~="notice"]')?.textContent ?? '', 'notices').to.equal('');
  expect(el.shadowRoot!.textContent).to.not.match(/\b(NaN|undefined|Infinity)\b/);
}

/** Runs axe-core inside the framed page, so it measures that page's own layout and colours. */
export async function axeViolations(doc: Document): Promise<string[]> {
  const win = doc.defaultView as Window & {
    axe?: { run: (context: Node) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
  };
  if (!win.axe) {
    await new Promise<void>((resolve, reject) => {
      const script = doc.createElement('script');
      script.src = '/raw/node_modules/axe-core/axe.min.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('axe-core did not load'));
      doc.head.append(script);
    });
  }
  const { violations } = await win.axe!.run(doc);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

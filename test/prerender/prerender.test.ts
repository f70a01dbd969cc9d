import { expect, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../support/axe.js';
import { $, $$, norm, text } from '../support/query.js';
import { boxes, frames, openWithoutScripts, placePage, STORAGE_KEY, widgetsIn, type Widget } from './page.js';

/**
 * A page prerendered by `prerender` (served by the test server as the CLI writes it, see
 * scripts/prerendered-files.mjs): readable with no script at all, then upgraded by the widgets'
 * script with no layout shift, no console error, the reader's own state kept, and the widgets
 * working as usual. The Node side (the CLI, bad input, a second run) is in cli.node.mjs.
 */
describe('prerendered page', function () {
  this.timeout(30_000);

  it('without JavaScript: each widget shows its prerendered shadow root, styled; the fallback is not shown', async () => {
    const page = await openWithoutScripts();
    const [comparison, calculator, checklist] = widgetsIn(page);
    for (const w of [comparison!, calculator!, checklist!]) {
      expect(customElements.get(w.localName), 'the frame ran no script').to.equal(undefined);
      expect(w.shadowRoot, `<${w.localName}>'s declarative shadow root`).to.exist;
      const base = $(w, '[part~="base"]')!;
      expect(getComputedStyle(base).borderTopStyle, 'styled by its own styles').to.equal('solid');
      const fallback = w.querySelector('[data-dcw-fallback]')!;
      expect(fallback, 'a fallback').to.exist;
      expect(fallback.getClientRects().length, 'the fallback takes no room').to.equal(0);
    }
    const rows = $$(comparison!, 'tbody th[scope="row"]').map((th) => norm(th.textContent!));
    expect(rows).to.include.members(['Languages', 'Databases', 'Tools']);
    expect($$(comparison!, '[part~="role-header"]').map((th) => norm(th.textContent!))).to.deep.equal([
      'Front-end developer',
      'Back-end developer (highlighted)',
      'Full-stack developer',
    ]);
    expect(text(checklist!)).to.include('PostgreSQL').and.include('Back-end developer: skills');
    expect($$(checklist!, 'input[type="checkbox"]').some((c) => (c as HTMLInputElement).checked)).to.equal(false);
    const figure = text(calculator!, '[part~="result"]');
    expect(figure).to.include('Median annual pay $135,980');
    expect(text(calculator!, '[part~="source"]')).to.include('U.S. Bureau of Labor Statistics');
    expect(text(calculator!)).not.to.match(/NaN|undefined|Infinity/);
  });

  it('without JavaScript: the same markup passes axe in this document (widgets not upgraded)', async () => {
    const container = await placePage();
    for (const w of widgetsIn(container)) {
      expect(customElements.get(w.localName)).to.equal(undefined);
      await expectAccessible(w);
    }
    container.remove();
  });

  it('upgrade: the script takes over with no layout shift and no console error; saved progress appears in place', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, done: ['be-sql', 'be-git'], learning: [] }));
    const container = await placePage();
    await frames();
    const before = boxes(container);

    const shifts: number[] = [];
    const layoutShifts = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
    const observer = layoutShifts
      ? new PerformanceObserver((list) =>
          list.getEntries().forEach((e) => shifts.push((e as unknown as { value: number }).value)),
        )
      : undefined;
    observer?.observe({ type: 'layout-shift' });
    const logged: string[] = [];
    const { error, warn } = console;
    console.error = (...args: unknown[]) => logged.push(`error: ${args.join(' ')}`);
    console.warn = (...args: unknown[]) => logged.push(`warn: ${args.join(' ')}`);
    const onError = (e: ErrorEvent) => logged.push(`uncaught: ${e.message}`);
    window.addEventListener('error', onError);
    try {
      await import('../../src/index.js');
      for (const w of widgetsIn(container)) await w.updateComplete;
      await frames();
      await frames();
    } finally {
      Object.assign(console, { error, warn });
      window.removeEventListener('error', onError);
      observer?.disconnect();
    }

    const [comparison, calculator, checklist] = widgetsIn(container) as [Widget, Widget, Widget];
    for (const w of [comparison, calculator, checklist]) await expectAccessible(w);
    expect(logged, 'console errors and warnings').to.deep.equal([]);
    if (layoutShifts) expect(shifts, 'layout-shift entries').to.deep.equal([]);
    expect(boxes(container), 'every box where it was').to.deep.equal(before);
    // Upgraded: the shadow root is the element's own render (one copy of the content, not two).
    for (const w of [comparison, calculator, checklist]) expect($$(w, '[part~="base"]')).to.have.length(1);
    // Saved progress, which the server could not know, is shown in the same boxes.
    const ticked = $$<HTMLInputElement>(checklist, 'input[type="checkbox"]').filter((c) => c.checked);
    expect(ticked.map((c) => c.getAttribute('aria-describedby'))).to.have.members(['d-be-sql', 'd-be-git']);
    expect(text(checklist, '[part~="header"]')).to.include('2 of');

    container.dataset.upgraded = '';
  });

  it('after upgrade the widgets work as usual: tick, type a pay, pick a role', async () => {
    const container = document.querySelector<HTMLElement>('main[data-upgraded]')!;
    const [comparison, calculator, checklist] = widgetsIn(container) as [Widget, Widget, Widget];
    for (const w of [comparison, calculator, checklist]) await expectAccessible(w);

    const progress = new Promise<CustomEvent>((resolve) =>
      checklist.addEventListener('dcw-progress-change', (e) => resolve(e as CustomEvent), { once: true }),
    );
    const box = $<HTMLInputElement>(checklist, 'input[aria-describedby="d-be-http-basics"]')!;
    box.click();
    expect((await progress).detail.checked).to.include('be-http-basics');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).done).to.include('be-http-basics');

    const salary = new Promise<CustomEvent>((resolve) =>
      calculator.addEventListener('dcw-salary-change', (e) => resolve(e as CustomEvent), { once: true }),
    );
    const pay = $<HTMLInputElement>(calculator, 'input[name="pay"]')!;
    pay.value = '90000';
    pay.dispatchEvent(new Event('input', { bubbles: true }));
    expect((await salary).detail.pay).to.equal(90000);
    await waitUntil(() => text(calculator, '.position').includes('$90,000'));

    const picked = new Promise<CustomEvent>((resolve) =>
      comparison.addEventListener('dcw-role-select', (e) => resolve(e as CustomEvent), { once: true }),
    );
    $$<HTMLButtonElement>(comparison, '[part~="select"]')[0]!.click();
    expect((await picked).detail.role).to.equal('frontend');
    await comparison.updateComplete;
    expect(comparison.getAttribute('highlight')).to.equal('frontend');
    for (const w of [comparison, calculator, checklist]) await expectAccessible(w);
    localStorage.removeItem(STORAGE_KEY);
  });
});

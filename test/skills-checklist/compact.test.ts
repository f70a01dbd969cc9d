// The checklist in an article column (issue 21): compact rows, `open`, target sizes, print.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/skills-checklist/define.js';
import type { DcwSkillsChecklist } from '../../src/skills-checklist/define.js';
import { $, $$, text } from '../support/query.js';
import { expectAccessible } from '../support/axe.js';

/** A bundled-data checklist in a 760 px column, as a blog post gives it. */
async function inColumn(attrs: Record<string, string> = {}): Promise<DcwSkillsChecklist> {
  const column = await fixture<HTMLDivElement>(html`<div style="width: 760px"></div>`);
  const el = document.createElement('dcw-skills-checklist');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  column.append(el);
  await el.updateComplete;
  return el;
}

const toggles = (el: DcwSkillsChecklist) => $$<HTMLButtonElement>(el, '[part="toggle"]');
const expanded = (el: DcwSkillsChecklist) => toggles(el).map((t) => t.getAttribute('aria-expanded'));
/** Controls a reader can reach: buttons, inputs, selects and links that are laid out. */
const targets = (el: DcwSkillsChecklist) =>
  $$(el, 'button, input, select, a[href]').filter((t) => t.getClientRects().length > 0);

describe('<dcw-skills-checklist> in a 760 px column', function () {
  // The bundled 60-item checklist through axe takes several seconds in WebKit on a busy machine.
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());
  after(() => localStorage.clear());

  it('fits in a post with the default attributes: the first category open, at most 1,500 px tall', async () => {
    const el = await inColumn();
    await expectAccessible(el);
    const height = el.getBoundingClientRect().height;
    expect(height, `mount height ${height}`).to.be.at.most(1500);
    expect(height).to.be.above(300);
    const states = expanded(el);
    expect(states.length).to.be.at.least(10);
    expect(states[0]).to.equal('true');
    expect(states.slice(1).every((s) => s === 'false')).to.be.true;
    // A closed category still shows its count and progress.
    const closed = $$(el, '[part="category"]')[1]!;
    expect(closed.querySelector('ul')!.hidden).to.be.true;
    expect(closed.querySelector('.progress')!.textContent).to.match(/0 of \d+ done \(0%\)/);
    expect(closed.querySelector('progress')).to.exist;
  });

  it('lays a row out compactly: checkbox, name, level and learning toggle on one line, the description below', async () => {
    const el = await inColumn();
    await expectAccessible(el);
    const item = $(el, '[part="item"]')!;
    const box = item.querySelector('input')!.getBoundingClientRect();
    const badge = item.querySelector('[part="badge"]')!.getBoundingClientRect();
    const learn = item.querySelector('[part="learn"]')!.getBoundingClientRect();
    const desc = item.querySelector('.desc')!.getBoundingClientRect();
    for (const [name, r] of Object.entries({ badge, learn })) {
      expect(Math.abs(r.top + r.height / 2 - (box.top + box.height / 2)), `${name} on the checkbox line`).to.be.below(
        6,
      );
    }
    expect(desc.top, 'description below').to.be.at.least(box.bottom - 1);
    // Not a full-width button line: the toggle is small.
    expect(learn.width).to.be.below(200);
    expect(item.getBoundingClientRect().height).to.be.below(80);
  });

  for (const open of ['first', 'all', 'none']) {
    it(`makes every control at least 24 × 24 CSS px (WCAG 2.5.8) with open="${open}"`, async () => {
      const el = await inColumn({ open });
      await expectAccessible(el);
      const all = targets(el);
      expect(all.length).to.be.at.least(open === 'none' ? 15 : 20);
      for (const t of all) {
        const { width, height } = t.getBoundingClientRect();
        const name = `${t.localName}.${t.className} "${t.textContent?.trim().slice(0, 30)}"`;
        expect(width, `${name} width`).to.be.at.least(24);
        expect(height, `${name} height`).to.be.at.least(24);
      }
    });
  }

  it('opens all or no categories with open="all" / "none", and follows a change of the attribute', async () => {
    const el = await inColumn({ open: 'all' });
    await expectAccessible(el);
    expect(expanded(el).every((s) => s === 'true')).to.be.true;
    el.setAttribute('open', 'none');
    await el.updateComplete;
    await expectAccessible(el);
    expect(expanded(el).every((s) => s === 'false')).to.be.true;
    expect(el.getBoundingClientRect().height).to.be.below(1200);
    // The reader's choice then wins until the attribute changes again.
    toggles(el)[2]!.click();
    await el.updateComplete;
    expect(expanded(el)[2]).to.equal('true');
    el.setAttribute('open', 'first');
    await el.updateComplete;
    expect(expanded(el)[0]).to.equal('true');
    expect(expanded(el)[2]).to.equal('false');
  });

  it('renders an unknown open value with the default and a notice, never an exception', async () => {
    for (const bad of ['sometimes', '', '  ALL  ']) {
      const el = await inColumn({ open: bad });
      await expectAccessible(el);
      const states = expanded(el);
      if (bad.trim().toLowerCase() === 'all') expect(states.every((s) => s === 'true')).to.be.true;
      else expect(states.slice(0, 2)).to.deep.equal(['true', 'false']);
      if (bad === 'sometimes') expect(text(el, '[part="notice"]')).to.contain('Unknown open "sometimes"');
      else expect($(el, '[part="notice"]')).to.be.null;
    }
  });

  describe('in print', () => {
    /** Print media: through the browser where its driver can emulate it, else the print rules laid over the screen ones. */
    async function asPrinted(el: DcwSkillsChecklist): Promise<() => Promise<void>> {
      try {
        await emulateMedia({ media: 'print' });
        if (matchMedia('print').matches) return () => emulateMedia({ media: 'screen' });
      } catch {
        /* this driver cannot emulate media (WebKit's WebDriver) */
      }
      // A copy: adoptedStyleSheets is a live array.
      const sheets = [...el.shadowRoot!.adoptedStyleSheets];
      const rules = sheets
        .flatMap((s) => [...s.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print')
        .flatMap((r) => [...r.cssRules].map((c) => c.cssText));
      expect(rules.length, 'print rules').to.be.at.least(5);
      const print = new CSSStyleSheet();
      print.replaceSync(rules.join('\n'));
      el.shadowRoot!.adoptedStyleSheets = [...sheets, print];
      return async () => {
        el.shadowRoot!.adoptedStyleSheets = sheets;
      };
    }

    it('prints ticks as ☑ / ☐, every item, and no button or input', async () => {
      const el = await inColumn();
      await expectAccessible(el);
      el.checked = ['git'];
      await el.updateComplete;
      const restore = await asPrinted(el);
      try {
        const visible = $$(el, 'button, input, select').filter((b) => getComputedStyle(b).display !== 'none');
        expect(visible.map((b) => b.outerHTML.slice(0, 60))).to.deep.equal([]);
        const labels = $$(el, '[part="item"] label');
        expect(labels.length).to.be.at.least(60);
        expect(
          labels.every((l) => l.getClientRects().length > 0),
          'closed categories print too',
        ).to.be.true;
        const mark = (id: string) =>
          getComputedStyle($(el, `[aria-describedby="d-${id}"]`)!.closest('label')!, '::before').content;
        expect(mark('git')).to.contain('☑');
        expect(mark('be-sql')).to.contain('☐');
        // The category names print as text, not as the (hidden) disclosure buttons.
        const name = $(el, '[part="category"] h3 .print')!;
        expect(getComputedStyle(name).display).not.to.equal('none');
        expect(getComputedStyle($(el, '[part="category"]')!).breakInside).to.equal('avoid');
      } finally {
        await restore();
      }
      expect(getComputedStyle($(el, '[part="toggle"]')!).display).not.to.equal('none');
    });
  });
});

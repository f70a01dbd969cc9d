import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { expectAccessible } from '../support/axe.js';
import { asPrinted, isShown } from '../support/print.js';
import { $, $$ } from '../support/query.js';
import '../../src/role-comparison/define.js';
import type { DcwRoleComparison } from '../../src/role-comparison/define.js';
import { bundledDataset } from '../../src/shared/dataset/bundled.js';

describe('<dcw-role-comparison> in print', () => {
  for (const width of [1000, 320]) {
    it(`prints the figures and their sources, the role names as plain text, and no button (${width} px)`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px"><dcw-role-comparison roles="frontend backend fullstack" highlight="backend" region="us" locale="en-US" theme="dark"></dcw-role-comparison></div>`,
      );
      const el = wrapper.querySelector<DcwRoleComparison>('dcw-role-comparison')!;
      await el.updateComplete;
      await nextFrame();
      await nextFrame();
      await el.updateComplete;
      await expectAccessible(el);
      const restore = asPrinted(el);
      try {
        await expectAccessible(el);
        // The narrow layout's picker is gone; the table's role headers are text, not buttons.
        expect($(el, '.picker') === null || !isShown($(el, '.picker')!), 'picker').to.equal(true);
        for (const button of $$(el, 'button').filter(isShown)) {
          const style = getComputedStyle(button);
          expect(style.borderTopStyle, 'button border').to.equal('none');
          expect(style.backgroundColor, 'button background').to.equal('rgba(0, 0, 0, 0)');
        }
        const names = bundledDataset.roles.map((r) => r.name);
        for (const name of names) expect(el.shadowRoot!.textContent).to.contain(name);
        // Every pay and outlook figure and every source line is on paper.
        const sources = $$(el, '[part~="source"]');
        expect(sources.length).to.be.greaterThan(2);
        for (const source of sources) expect(isShown(source), source.textContent!).to.equal(true);
        const figures = $$(el, 'strong');
        expect(figures.length).to.be.greaterThan(3);
        for (const figure of figures) {
          expect(isShown(figure)).to.equal(true);
          expect(figure.textContent).to.not.match(/NaN|undefined/);
        }
        expect(getComputedStyle($(el, '[part="base"]')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      } finally {
        restore();
      }
    });
  }
});

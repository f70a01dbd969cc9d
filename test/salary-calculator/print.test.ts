import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from '../support/axe.js';
import { asPrinted, isShown } from '../support/print.js';
import { $, $$, text } from '../support/query.js';
import '../../src/salary-calculator/define.js';
import type { DcwSalaryCalculator } from '../../src/salary-calculator/define.js';

describe('<dcw-salary-calculator> in print', () => {
  it('prints the figures, the reader’s position and every source, and no form control', async () => {
    const el = await fixture<DcwSalaryCalculator>(
      html`<dcw-salary-calculator role-id="backend" region="us" pay="120000" compare locale="en-US" theme="dark"></dcw-salary-calculator>`,
    );
    await expectAccessible(el);
    // On screen: the controls are there.
    expect($$(el, 'input, select').filter(isShown).length).to.be.greaterThan(3);
    const restore = asPrinted(el);
    try {
      await expectAccessible(el);
      expect($$(el, 'input, select, button').filter(isShown), 'controls on paper').to.deep.equal([]);
      expect(isShown($(el, '.figure')!)).to.equal(true);
      expect(text(el, '.figure')).to.match(/^\$\d{2,3},\d{3}$/);
      expect(text(el, '[part="header"]')).to.equal('Back-end developer, United States');
      expect(isShown($(el, '.position')!), 'where the pay stands').to.equal(true);
      expect(isShown($(el, '[part~="chart"]')!), 'the chart').to.equal(true);
      const tables = $$(el, 'table[part~="table"]');
      expect(tables.length, 'conversions and comparison').to.equal(2);
      for (const table of tables) expect(isShown(table)).to.equal(true);
      const sources = $$(el, '[part~="source"]');
      expect(sources.length).to.be.greaterThan(0);
      for (const source of sources) expect(isShown(source), source.textContent!).to.equal(true);
      // The results take the whole width once the form is gone.
      expect($(el, '.results')!.getBoundingClientRect().width).to.be.closeTo(
        $(el, '.layout')!.getBoundingClientRect().width,
        1,
      );
      // Paper is light, whatever the theme.
      expect(getComputedStyle($(el, '[part="base"]')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    } finally {
      restore();
    }
  });
});

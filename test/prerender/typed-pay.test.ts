import { expect } from '@open-wc/testing';
import { expectAccessible } from '../support/axe.js';
import { $, $$, text } from '../support/query.js';
import { frames, placePage, widgetsIn, type Widget } from './page.js';

type Calculator = Widget & { pay?: number };

/**
 * A reader who types a pay into the prerendered calculator before its script has run keeps it: the
 * upgraded widget shows the same text in the field and where that pay stands. Its own file, since
 * the widgets must still be undefined when the reader types (prerender.test.ts upgrades them).
 */
describe('prerendered calculator: a pay typed before the script runs', function () {
  this.timeout(30_000);

  it('is kept through the upgrade, in the field and in the result; a pay the page set is not a change', async () => {
    const container = await placePage();
    const calculator = widgetsIn(container)[1] as Calculator;
    // The same calculator with `pay="90000"` from the page, which its reader leaves alone.
    const setByPage = await placePage('/prerendered/test/prerender/calculator-with-pay.html');
    const untouched = setByPage.querySelector<Calculator>('dcw-salary-calculator')!;
    expect(customElements.get('dcw-salary-calculator'), 'not upgraded yet').to.equal(undefined);
    expect($<HTMLInputElement>(untouched, 'input[name="pay"]')!.value, 'written by the server').to.equal('90000');

    const typed = $<HTMLInputElement>(calculator, 'input[name="pay"]')!;
    typed.value = '90000';
    typed.dispatchEvent(new Event('input', { bubbles: true }));
    expect(text(calculator, '[part~="result"]'), 'nothing listens yet').not.to.include('$90,000');
    const formBoxes = () =>
      $$(calculator, '[part~="form"] > *').map((el) => JSON.stringify(el.getBoundingClientRect()));
    const before = formBoxes();

    const events = new Map<Element, number[]>();
    for (const w of [calculator, untouched])
      w.addEventListener('dcw-salary-change', (e) =>
        events.set(w, [...(events.get(w) ?? []), (e as CustomEvent).detail.pay]),
      );
    await import('../../src/index.js');
    for (const w of [calculator, untouched]) await w.updateComplete;
    await frames();

    const pay = $<HTMLInputElement>(calculator, 'input[name="pay"]')!;
    expect(pay, 'the field is the upgraded render, not the prerendered one').not.to.equal(typed);
    expect(pay.value).to.equal('90000');
    expect(calculator.pay).to.equal(90000);
    expect(text(calculator, '.position')).to.equal(
      'Your pay, $90,000 a year, is around the 15th percentile (approximate).',
    );
    expect(formBoxes(), 'the form where it was').to.deep.equal(before);
    // The reader's change, as if typed after upgrade: one event, with the pay.
    expect(events.get(calculator)).to.deep.equal([90000]);

    // The page's own pay: shown, and no event (the reader changed nothing).
    expect($<HTMLInputElement>(untouched, 'input[name="pay"]')!.value).to.equal('90000');
    expect(text(untouched, '.position')).to.include('$90,000');
    expect(events.has(untouched)).to.equal(false);

    for (const w of [calculator, untouched]) await expectAccessible(w);
  });
});

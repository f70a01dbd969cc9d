import { expect, fixture, html } from '@open-wc/testing';
import { attributesOf, BROKEN_TEXT, shadowText, TAGS } from './elements.js';
import { $$, text, textOf } from '../support/query.js';
import { expectAccessible } from '../support/axe.js';

/**
 * The documented API (custom-elements.json, from the JSDoc) against the code: an attribute added to
 * `static properties` without its `@attr`, or documented but never read, fails here.
 */
describe('the attributes each element documents', () => {
  for (const tag of TAGS) {
    it(`are the ones <${tag}> observes`, async () => {
      const el = await fixture<HTMLElement>(`<${tag}></${tag}>`);
      await expectAccessible(el);
      const observed = (el.constructor as typeof HTMLElement & { observedAttributes: string[] }).observedAttributes;
      expect([...observed].sort()).to.deep.equal(attributesOf(tag).sort());
    });
  }
});

/** The fuzz harness's own check must be exact: it may leave out only what a notice quotes back. */
describe('shadowText (the robustness tests’ view of a widget’s text)', () => {
  it('leaves out each quoted value, even one holding a quote, and nothing else', async () => {
    const el = await fixture(
      html`<dcw-salary-calculator role-id='a"b' pay-period="Infinity" locale="en-US"></dcw-salary-calculator>`,
    );
    await expect(el).to.be.accessible();
    // The widget quotes the values back, as it should; read naively, "Infinity" looks broken.
    expect($$(el, '[part="notice"] p').map(textOf)).to.deep.equal([
      'Unknown role-id "a"b"; showing Back-end developer.',
      'Unknown pay-period "Infinity"; showing Year.',
    ]);
    expect(text(el, '[part="notice"]')).to.match(BROKEN_TEXT);
    const seen = shadowText(el);
    expect(seen).to.not.match(BROKEN_TEXT);
    expect(seen).to.contain('Unknown role-id ""; showing Back-end developer.');
    expect(seen).to.contain('Unknown pay-period ""; showing Year.');
    expect(seen).to.contain('$133,080');
  });

  it('still sees broken text in what a notice shows instead, and outside notices', async () => {
    const host = await fixture(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<div part="notice"><p>Unknown region "NaN"; showing undefined.</p><p>Región desconocido «a»b»; se muestra Año.</p></div><p>Median NaN</p>';
    await expect(host).to.be.accessible();
    expect(shadowText(host)).to.equal(
      'Unknown region ""; showing undefined.Región desconocido ""; se muestra Año.Median NaN',
    );
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/salary-calculator/define.js';
import type { DcwSalaryCalculator } from '../../src/salary-calculator/define.js';
import { formatMoney } from '../../src/shared/intl-cache.js';

/**
 * The bundled regions of issue 18, each in its own period: Germany by the month, Australia by the
 * week, Canada by the hour, with the year shown as plain arithmetic; every figure with its source,
 * its period and, when old, its year.
 */
const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
/** Text with white space (including Intl's no-break spaces) as single spaces. */
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: HTMLElement, selector: string) => norm($(el, selector)?.textContent);

async function calculator(attrs: Record<string, string>): Promise<DcwSalaryCalculator> {
  const el = document.createElement('dcw-salary-calculator');
  for (const [name, value] of Object.entries({ locale: 'en-US', ...attrs })) el.setAttribute(name, value);
  await fixture(el);
  await el.updateComplete;
  return el;
}

function expectClean(el: HTMLElement) {
  expect(el.shadowRoot!.textContent).to.not.match(/NaN|Infinity|undefined|null/);
}

describe('<dcw-salary-calculator> regions and periods (bundled data)', () => {
  it('region="de": euros by the month, the year as × 12, and the second German back-end figure', async () => {
    const el = await calculator({ region: 'de' });
    await expect(el).to.be.accessible();
    expect(text(el, '[part="result"] > p')).to.contain('Median monthly pay €6,528');
    expect(text(el, '.annual')).to.equal('Year = €6,528 × 12 = €78,336');
    expect(text(el, '[part="result"] [part="source"]')).to.contain('Bundesagentur für Arbeit, 2024');
    expect(text(el, '[part="result"] [part="source"]')).to.contain('Backend-Entwickler/in');
    const others = $$(el, '.others li').map((li) => norm(li.textContent));
    expect(others).to.have.length(1);
    expect(others[0]).to.contain('Median monthly pay: €6,097').and.contain('Software-Entwickler/in');
    const monthRow = $$(el, 'table.conversions tr').find((tr) => norm(tr.textContent).startsWith('Month'));
    expect(norm(monthRow!.textContent)).to.contain('€6,528 (published)');
    expect(text(el, '.convention')).to.contain('year = month × 12');
    expectClean(el);
  });

  it('region="au": Australian dollars by the week, the year as × 52, "published 2021"', async () => {
    const el = await calculator({ region: 'au' });
    await expect(el).to.be.accessible();
    expect(text(el, '.figure')).to.equal('A$2,208');
    expect(text(el, '[part="result"] > p')).to.contain('Median weekly pay');
    // 2,208 × 52 = 114,816.
    expect(text(el, '.annual')).to.equal('Year = A$2,208 × 52 = A$114,816');
    expect(text(el, '[part="result"] [part="source"]')).to.contain('May 2021');
    expect(text(el, '[part="result"] [part="dated"]')).to.equal('(published 2021)');
    expect(el.weeksPerYear).to.equal(undefined);
    expect((el.shadowRoot!.querySelector('#weeks') as HTMLInputElement).value).to.equal('52');
    expectClean(el);
  });

  it('region="ca": Canadian dollars by the hour, the year as × 40 × 52.14 (Job Bank), and the older figure with no period', async () => {
    const el = await calculator({ region: 'ca' });
    await expect(el).to.be.accessible();
    expect(text(el, '.figure')).to.equal('CA$48.08');
    expect(text(el, '[part="result"] > p')).to.contain('Median hourly pay');
    // 48.08 × 40 × 52.14 = 48.08 × 2,085.6 = 100,275.648 → CA$100,276.
    expect(text(el, '.annual')).to.equal('Year = CA$48.08 × 40 × 52.14 = CA$100,276');
    expect((el.shadowRoot!.querySelector('#hours') as HTMLInputElement).value).to.equal('40');
    expect((el.shadowRoot!.querySelector('#weeks') as HTMLInputElement).value).to.equal('52.14');
    expect(text(el, '.formula')).to.contain('× 40 h × 52.14 weeks = 2,085.6 h');
    expect(text(el, '[part="result"] [part="source"]')).to.contain('reference period 2023–2024');
    const older = norm($(el, '.others li')!.textContent);
    expect(older).to.contain('CA$40.38').and.contain('Not shown on the page');
    expect(text(el, '.convention')).to.contain('52.14');
    expectClean(el);
  });

  it("a reader's hours win over the region's convention: 48.08 × 37.5 × 52.14 = 94,008.42", async () => {
    const el = await calculator({ region: 'ca', 'hours-per-week': '37.5' });
    await expect(el).to.be.accessible();
    expect(text(el, '.annual')).to.equal('Year = CA$48.08 × 37.5 × 52.14 = CA$94,008');
  });

  it('front end in the US: 90,930 with its source and period (no longer "No published figure")', async () => {
    const el = await calculator({ 'role-id': 'frontend', region: 'us' });
    await expect(el).to.be.accessible();
    expect(text(el, '.figure')).to.equal('$90,930');
    const source = text(el, '[part="result"] [part="source"]');
    expect(source).to.contain('15-1254 Web Developers').and.contain('May 2024');
    expect(text(el, '[part="result"]')).to.contain('web developers is the closest');
    expect(text(el, '[part="result"]')).not.to.contain('No published figure');
    expectClean(el);
  });

  it('back end in the US: BLS May 2025 first, May 2024 second, and PayScale 2019 beside them with why they differ', async () => {
    const el = await calculator({ region: 'us' });
    await expect(el).to.be.accessible();
    expect(text(el, '.figure')).to.equal('$135,980');
    expect(text(el, '[part="result"] [part="source"]')).to.contain('May 2025');
    const others = $$(el, '.others li').map((li) => norm(li.textContent));
    expect(others[0]).to.contain('$133,080').and.contain('May 2024');
    const payscale = others.filter((o) => o.includes('PayScale'));
    expect(payscale).to.have.length(2);
    expect(payscale[0]).to.contain('Average annual pay: $66,667').and.contain('(published 2019)');
    expect(payscale[0]).to.contain('29.48 × 2,080 = 61,318.40');
    expect(payscale[1]).to.contain('Average hourly pay: $29.48').and.contain('(published 2019)');
    expectClean(el);
  });

  it('full stack in the US stays "No published figure"', async () => {
    const el = await calculator({ 'role-id': 'fullstack', region: 'us' });
    await expect(el).to.be.accessible();
    expect(text(el, '.figure')).to.equal('No published figure');
    expectClean(el);
  });

  for (const [lang, region, name] of [
    ['de-DE', 'de', 'Germany'],
    ['en-CA', 'ca', 'Canada'],
  ] as const) {
    it(`region="auto" under lang="${lang}" shows ${region}, with no notice`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${lang}><dcw-salary-calculator region="auto"></dcw-salary-calculator></div>`,
      );
      const el = wrapper.querySelector('dcw-salary-calculator')!;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      expect((el.shadowRoot!.querySelector('#region') as HTMLSelectElement).value).to.equal(region);
      expect($(el, '[part="notice"]')).to.equal(null);
      expect(norm($(el, '[part="header"]')?.textContent)).to.contain(name);
    });
  }

  it('region="auto" with a locale the data has no region for (fr-FR) shows the default, with no notice', async () => {
    const el = await calculator({ region: 'auto', locale: 'fr-FR' });
    await expect(el).to.be.accessible();
    expect((el.shadowRoot!.querySelector('#region') as HTMLSelectElement).value).to.equal('us');
    expect($(el, '[part="notice"]')).to.equal(null);
  });

  describe("money in each region's currency, in en, de and es", () => {
    // Literal expectations beside the formatter's: what a reader sees (no-break spaces as spaces).
    const LITERAL: Record<string, Record<string, string>> = {
      'en-US': { us: '$135,980', de: '€6,528', au: 'A$2,208', ca: 'CA$48.08', gb: '£55,587' },
      'de-DE': { us: '135.980 $', de: '6.528 €', au: '2.208 AU$', ca: '48,08 CA$', gb: '55.587 £' },
    };
    const FIGURES: Record<string, [number, string, number]> = {
      us: [135980, 'USD', 0],
      de: [6528, 'EUR', 0],
      au: [2208, 'AUD', 0],
      ca: [48.08, 'CAD', 2],
      gb: [55587, 'GBP', 0],
    };
    for (const locale of ['en-US', 'de-DE', 'es-ES']) {
      it(`formats each region's leading figure for ${locale}`, async () => {
        for (const [region, [median, currency, digits]] of Object.entries(FIGURES)) {
          const el = await calculator({ region, locale });
          await expect(el).to.be.accessible();
          const shown = text(el, '.figure');
          expect(shown, `${locale} ${region}`).to.equal(norm(formatMoney(locale, median, currency, digits)));
          const literal = LITERAL[locale]?.[region];
          if (literal) expect(shown, `${locale} ${region}`).to.equal(literal);
          else expect(shown, `${locale} ${region}`).to.match(/\d/);
          expectClean(el);
        }
      });
    }
  });
});

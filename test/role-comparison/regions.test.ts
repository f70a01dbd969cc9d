import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/role-comparison/define.js';
import type { DcwRoleComparison } from '../../src/role-comparison/define.js';
import { formatMoney } from '../../src/shared/intl-cache.js';

/** The comparison's pay row on the bundled data of issue 18: every figure in its own period, with its source. */
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

async function settled(el: DcwRoleComparison): Promise<DcwRoleComparison> {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
  return el;
}

async function compare(attrs: Record<string, string>, lang = 'en-US'): Promise<DcwRoleComparison> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px" lang=${lang}></div>`);
  const el = document.createElement('dcw-role-comparison');
  for (const [name, value] of Object.entries({ dimensions: 'pay outlook', ...attrs })) el.setAttribute(name, value);
  wrapper.append(el);
  return settled(el);
}

/** The text of the pay (or another) row's cell for the role in column `i` (frontend 0, backend 1 by default). */
function cell(el: DcwRoleComparison, row: number, i: number): string {
  const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
  return norm(rows[row]!.querySelectorAll('td')[i]!.textContent);
}

describe('<dcw-role-comparison> pay and outlook by region (bundled data)', () => {
  it('the front-end pay cell for the US shows a figure: $90,930 per year, web developers, May 2024', async () => {
    const el = await compare({ region: 'us' });
    await expect(el).to.be.accessible();
    const frontend = cell(el, 0, 0);
    expect(frontend).to.contain('Median: $90,930 per year');
    expect(frontend).to.contain('Web Developers (SOC 15-1254)').and.contain('May 2024');
    expect(frontend).not.to.contain('No published figure');
    const outlook = cell(el, 1, 0);
    expect(outlook)
      .to.contain('Growth 2024–34: +7.5%')
      .and.contain('Openings per year: 5,400')
      .and.contain('Jobs: 78,860');
  });

  it('the back-end pay cell for the US leads with May 2025 and its band, then one figure per other occupation', async () => {
    const el = await compare({ region: 'us' });
    await expect(el).to.be.accessible();
    const backend = cell(el, 0, 1);
    expect(backend).to.contain('Median: $135,980 per year');
    expect(backend).to.contain('10th–90th percentile: $82,460 – $214,670');
    // Then the newest figure of each other occupation or job title: the OOH group and PayScale's title.
    expect(backend).to.contain('$130,160 per year').and.contain('OOH group');
    expect(backend).to.contain('$66,667 per year (average)').and.contain('(published 2019)');
    // Older releases for the same occupation are the calculator's to list.
    expect(backend).not.to.contain('$133,080').and.not.to.contain('$29.48');
  });

  it('region="de" shows the three German figures by the month, the back-end one in the back-end column', async () => {
    const el = await compare({ region: 'de' });
    await expect(el).to.be.accessible();
    const [frontend, backend] = [cell(el, 0, 0), cell(el, 0, 1)];
    expect(frontend).to.contain('Median: €4,826 per month').and.contain('Web-Developer');
    expect(backend).to.contain('Median: €6,528 per month').and.contain('Backend-Entwickler/in');
    expect(backend).to.contain('€6,097 per month').and.contain('Software-Entwickler/in');
    expect(frontend).not.to.contain('6,528');
    expect(cell(el, 1, 0)).to.equal('No published figure');
  });

  it('region="au" shows weekly figures with "published 2021" and the 2613 projection', async () => {
    const el = await compare({ region: 'au' });
    await expect(el).to.be.accessible();
    expect(cell(el, 0, 0))
      .to.contain('A$1,910 per week')
      .and.contain('(published 2021)');
    expect(cell(el, 0, 1)).to.contain('A$2,208 per week');
    expect(cell(el, 1, 1))
      .to.contain('Jobs: 177,700')
      .and.contain('Projected jobs, 2021–26: 198,400');
  });

  for (const [lang, name, figure] of [
    ['de-DE', 'Germany', '6.528 €'],
    ['en-CA', 'Canada', '$48.08'],
  ] as const) {
    it(`region="auto" under lang="${lang}" shows ${name}`, async () => {
      const el = await compare({ region: 'auto' }, lang);
      await expect(el).to.be.accessible();
      expect(norm(el.shadowRoot!.querySelector('tbody th')!.textContent)).to.contain(`(${name})`);
      expect(cell(el, 0, 1)).to.contain(figure);
      expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    });
  }

  it('pay in es-ES: Canadian dollars and euros in Spanish formats, with Spanish words', async () => {
    const el = await compare({ region: 'ca', locale: 'es-ES' });
    await expect(el).to.be.accessible();
    // Spanish writes the Canadian dollar as "CAD" in one engine's data and "CA$" in another's: the formatter decides.
    expect(cell(el, 0, 1)).to.contain(`${norm(formatMoney('es-ES', 48.08, 'CAD', 2))} por hora`);
    expect(cell(el, 0, 1)).to.contain('48,08');
    const de = await compare({ region: 'de', locale: 'es-ES' });
    expect(cell(de, 0, 1)).to.contain(`${norm(formatMoney('es-ES', 6528, 'EUR'))} al mes`);
  });
});

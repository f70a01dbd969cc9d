import { expect, fixture, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/salary-calculator/define.js';
import '../../src/role-comparison/define.js';
import { bundledDataset } from '../../src/shared/dataset/bundled.js';
import type { Dataset, Salary } from '../../src/shared/dataset/schema.js';
import { validateDataset } from '../../src/shared/dataset/validate.js';
import { withInlineData } from '../support/inline-data.js';

/**
 * The calculator's event, its chart and the comparison's pay row show one band (shared/figures
 * `bandOf`), whatever percentiles a figure publishes. Custom data with partial percentiles, inline.
 */
const FIGURES: Array<[string, Partial<Salary>, string | null]> = [
  ['only p10 and the median', { p10: 80000 }, null],
  ['only the median and p90', { p90: 200000 }, null],
  ['p25 to p75', { p25: 100000, p75: 170000 }, '25th–75th percentile: $100,000 – $170,000'],
  ['p10 and p75', { p10: 80000, p75: 170000 }, '10th–75th percentile: $80,000 – $170,000'],
];

function dataWith(percentiles: Partial<Salary>): Dataset {
  const data = structuredClone(bundledDataset);
  data.version = '9.9.9';
  const source = data.sources[0]!.id;
  data.salaries = [
    {
      role: 'backend',
      region: 'us',
      occupation: 'Test occupation',
      period: 'year',
      median: 130000,
      source,
      ...percentiles,
    },
  ];
  return data;
}

async function ready<E extends HTMLElement & { updateComplete: Promise<boolean> }>(el: E): Promise<E> {
  await waitUntil(() => (el as unknown as { data: Dataset }).data.version === '9.9.9', 'custom data not used');
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
  return el;
}

describe('one band in both widgets', () => {
  for (const [name, percentiles, bandLine] of FIGURES) {
    it(`a figure with ${name}: the calculator and the comparison agree`, async () => {
      const data = dataWith(percentiles);
      expect(validateDataset(data).ok).to.equal(true);
      const wrapper = document.createElement('div');
      wrapper.style.width = '1000px';
      wrapper.lang = 'en-US';
      const calculator = withInlineData(document.createElement('dcw-salary-calculator'), data);
      const comparison = withInlineData(document.createElement('dcw-role-comparison'), data);
      comparison.setAttribute('dimensions', 'pay');
      wrapper.append(calculator, comparison);
      await fixture(wrapper);
      await ready(calculator);
      await ready(comparison);
      await expect(calculator).to.be.accessible();
      await expect(comparison).to.be.accessible();

      const input = calculator.shadowRoot!.querySelector<HTMLInputElement>('#pay')!;
      const event = oneEvent(calculator, 'dcw-salary-change');
      input.value = '120000';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      const { detail } = await event;

      const cells = [...comparison.shadowRoot!.querySelectorAll('td[part="cell"]')];
      const backendCell = cells[1]!.textContent!.replace(/\s+/g, ' ');
      const chartBand = calculator.shadowRoot!.querySelector('svg rect.band');
      if (bandLine === null) {
        expect(detail.band).to.equal(null);
        expect(backendCell).not.to.contain('percentile');
        expect(chartBand, 'no band drawn').to.equal(null);
      } else {
        const { low, high, lowPercentile, highPercentile } = detail.band!;
        expect(backendCell).to.contain(bandLine);
        expect(bandLine).to.contain(`${lowPercentile}th–${highPercentile}th`);
        expect(bandLine).to.contain(`$${low.toLocaleString('en-US')} – $${high.toLocaleString('en-US')}`);
        expect(chartBand, 'band drawn').to.not.equal(null);
      }
      expect(detail.median).to.equal(130000);
      expect(backendCell).to.contain('Median: $130,000 per year');
    });
  }
});

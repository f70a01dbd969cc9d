import { html, svg, nothing } from 'lit';
import type { Point } from './pay.js';

export interface ChartOptions {
  /** Published percentiles as annual amounts, in order. */
  points: readonly Point[];
  /** The reader's annual pay, when entered. */
  pay?: number;
  /** One-sentence summary for screen readers (the chart is one image to them). */
  label: string;
  money: (amount: number) => string;
  pct: (percentile: number) => string;
  caption: string;
  colPct: string;
  colAmount: string;
  you: string;
}

/**
 * The percentile band as an SVG range: band from the lowest to the highest published
 * percentile (inner band p25–p75 when published), the median marker and the reader's pay,
 * pinned to an edge with an arrow when it falls outside. Coordinates are percentages of the
 * width, so the chart stretches with its container without distorting its text. The same
 * numbers follow as a visually hidden table.
 */
export function rangeChart(o: ChartOptions) {
  const { points, pay, money } = o;
  const lo = points[0]![1];
  const hi = points[points.length - 1]![1];
  const median = points.find((p) => p[0] === 50)?.[1];
  const pad = (hi - lo || hi) * 0.15;
  const min = lo - pad;
  const max = hi + pad;
  const x = (v: number) => 3 + (94 * (Math.min(max, Math.max(min, v)) - min)) / (max - min);
  const at = (v: number) => `${x(v)}%`;
  const p25 = points.find((p) => p[0] === 25)?.[1];
  const p75 = points.find((p) => p[0] === 75)?.[1];
  const shapes = svg`
    <line class="axis" x1="0" x2="100%" y1="36" y2="36"></line>
    <rect class="band" x=${at(lo)} width=${`${x(hi) - x(lo)}%`} y="28" height="16" rx="3"></rect>
    ${p25 !== undefined && p75 !== undefined ? svg`<rect class="inner" x=${at(p25)} width=${`${x(p75) - x(p25)}%`} y="28" height="16"></rect>` : nothing}
    ${median !== undefined ? svg`<line class="median" x1=${at(median)} x2=${at(median)} y1="22" y2="50"></line>
      <text x=${at(median)} y="16" text-anchor="middle">${money(median)}</text>` : nothing}
    ${hi > lo
      ? svg`<text x=${at(lo)} y="64" text-anchor="start">${money(lo)}</text>
          <text x=${at(hi)} y="64" text-anchor="end">${money(hi)}</text>`
      : nothing}
    ${pay === undefined
      ? nothing
      : pay < min || pay > max
        ? svg`<text class="you" x=${pay < min ? '0' : '100%'} y="43" text-anchor=${pay < min ? 'start' : 'end'}>${pay < min ? '◀' : '▶'}</text>`
        : svg`<circle class="you" cx=${at(pay)} cy="36" r="7"></circle>`}`;
  return html`<svg part="chart" class="chart" role="img" aria-label=${o.label} width="100%" height="70">${shapes}</svg>
    <table class="visually-hidden">
      <caption>${o.caption}</caption>
      <tr><th scope="col">${o.colPct}</th><th scope="col">${o.colAmount}</th></tr>
      ${points.map(([p, v]) => html`<tr><th scope="row">${o.pct(p)}</th><td>${money(v)}</td></tr>`)}
      ${pay === undefined ? nothing : html`<tr><th scope="row">${o.you}</th><td>${money(pay)}</td></tr>`}
    </table>`;
}

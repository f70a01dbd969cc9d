import { html, svg, nothing } from 'lit';
import type { Point } from './pay.js';

/**
 * The percentile band as an SVG range: `band` (the one `bandOf` gives, as annual amounts; none
 * when unpublished) with the inner band p25–p75 when published, the median marker, the published
 * percentiles' amounts at the ends, and the reader's annual
 * `pay`, pinned to an edge with an arrow when it falls outside. Coordinates are percentages of
 * the width, so the chart stretches with its container without distorting its text. To screen
 * readers it is one image named by `label`; the element follows it with the same numbers as a
 * visually hidden table.
 */
export function rangeChart(
  points: readonly Point[],
  band: readonly [number, number] | undefined,
  pay: number | undefined,
  label: string,
  money: (amount: number) => string,
) {
  const at = new Map(points);
  const lo = points[0]![1];
  const hi = points.at(-1)![1];
  const median = at.get(50)!; // every figure has a median
  const p25 = at.get(25);
  const p75 = at.get(75);
  const pad = (hi - lo || hi) * 0.15;
  const min = lo - pad;
  const max = hi + pad;
  /** Position of an amount in % of the width (3–97), clamped to the drawn range. */
  const x = (v: number) => 3 + (94 * (Math.min(max, Math.max(min, v)) - min)) / (max - min);
  const left = (v: number) => `${x(v)}%`;
  const bar = (className: string, from: number, to: number) =>
    svg`<rect class=${className} x=${left(from)} width=${`${x(to) - x(from)}%`} y="28" height="16"></rect>`;
  const amount = (v: number, y: number, anchor: string) =>
    svg`<text x=${left(v)} y=${y} text-anchor=${anchor}>${money(v)}</text>`;
  return html`<svg part="chart" class="chart" role="img" aria-label=${label} width="100%" height="70">
    <line class="axis" x1="0" x2="100%" y1="36" y2="36"></line>
    ${band ? bar('band', band[0], band[1]) : nothing}
    ${p25 !== undefined && p75 !== undefined ? bar('inner', p25, p75) : nothing}
    <line class="median" x1=${left(median)} x2=${left(median)} y1="22" y2="50"></line>
    ${amount(median, 16, 'middle')}
    ${hi > lo ? [amount(lo, 64, 'start'), amount(hi, 64, 'end')] : nothing}
    ${
      pay === undefined
        ? nothing
        : pay < min || pay > max
          ? svg`<text class="you" x=${left(pay)} y="43" text-anchor="middle">${pay < min ? '◀' : '▶'}</text>`
          : svg`<circle class="you" cx=${left(pay)} cy="36" r="7"></circle>`
    }
  </svg>`;
}

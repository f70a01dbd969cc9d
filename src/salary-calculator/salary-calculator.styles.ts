import { css } from 'lit';

/** Stacked by default (from 280 px); form beside results once the widget itself is 40rem wide. */
export const styles = css`
  .header {
    margin: 0 0 var(--_spacing);
    font-size: 1.15em;
    font-weight: 700;
  }

  .layout,
  .form,
  .pair {
    display: grid;
    gap: calc(var(--_spacing) / 2);
    align-items: start;
  }

  .pair {
    grid-template-columns: 3fr 2fr;
  }

  @container (min-width: 40rem) {
    .layout {
      grid-template-columns: minmax(13rem, 1fr) 2fr;
      gap: var(--_spacing);
    }
  }

  label {
    display: block;
  }

  label,
  caption {
    font-weight: 600;
    text-align: start;
  }

  select,
  [type='number'] {
    width: 100%;
    min-height: 2.5rem;
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }

  .check {
    display: flex;
    gap: 0.5rem;
  }

  [aria-invalid='true'] {
    border: 2px dashed var(--_danger);
  }

  .msg {
    margin: 0;
    color: var(--_danger);
  }

  .results > * {
    margin: 0 0 var(--_spacing);
  }

  .figure {
    display: block;
    font-size: 2em;
  }

  .source,
  .small {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .chart {
    overflow: visible;
  }

  .chart text {
    fill: currentColor;
    font-size: 12px;
  }

  .axis {
    stroke: var(--_border);
  }

  .band {
    fill: var(--_subtle);
    stroke: var(--_accent);
  }

  .inner {
    fill: var(--_accent);
    opacity: 0.35;
  }

  .median {
    stroke: var(--_text);
    stroke-width: 3;
  }

  .chart text.you {
    font-size: 20px;
  }

  .chart .you {
    fill: var(--_accent);
    stroke: var(--_surface);
    stroke-width: 2;
    transition: cx 0.2s;
  }

  table {
    width: 100%;
    border-collapse: collapse;
  }

  th,
  td {
    padding: 0.25rem 0.5rem 0.25rem 0;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    font-variant-numeric: tabular-nums;
  }

  .selected {
    font-weight: 700;
  }

  @media (prefers-reduced-motion: reduce) {
    .chart .you {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .band,
    .axis,
    .median {
      fill: Canvas;
      stroke: CanvasText;
    }

    .inner,
    .chart .you {
      fill: Highlight;
      opacity: 1;
    }

    .chart text {
      fill: CanvasText;
    }
  }

  @media print {
    :host {
      --_text: #000 !important;
      --_muted: #333 !important;
      --_surface: #fff !important;
      --_accent: #000 !important;
    }

    .layout {
      display: block;
    }
  }
`;

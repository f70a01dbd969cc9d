import { css } from 'lit';

/**
 * Only what differs from the shared tokens (controls, tables, notices, focus).
 * Stacked by default (from 280 px); form beside results once the widget itself is 40rem wide.
 */
export const styles = css`
  /* The container for the query below. Only the widgets that measure their own width are
     containers: in Firefox, being one made a 2,000-item checklist mount 1.7 times as slow. */
  :host {
    container-type: inline-size;
  }

  .layout {
    display: grid;
    gap: var(--_spacing);
    align-items: start;
  }

  @container (width >= 40rem) {
    .layout {
      grid-template-columns: minmax(13rem, 1fr) 2fr;
    }
  }

  .header,
  label {
    font-weight: 600;
  }

  label {
    display: block;
    margin-top: 0.5rem;
  }

  select,
  [type='number'] {
    width: 100%;
  }

  [aria-invalid='true'] {
    border: 2px dashed var(--_danger);
  }

  [part='message'] {
    margin: 0;
    color: var(--_danger);
  }

  .header,
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

  .chart text {
    fill: currentColor;
    font-size: 12px;
  }

  .median {
    stroke: currentColor;
    stroke-width: 3;
  }

  .axis {
    stroke: var(--_border);
  }

  .band {
    fill: var(--_subtle);
    stroke: var(--_accent);
  }

  .inner,
  .chart .you {
    fill: var(--_accent);
  }

  .inner {
    opacity: 0.35;
  }

  .chart .you {
    stroke: var(--_surface);
    stroke-width: 2;
    font-size: 20px;
  }

  /* On paper: the figures, chart, tables and sources; not the controls, whose values the header,
     the position line and the formula already state. */
  @media print {
    .form {
      display: none;
    }

    .layout {
      display: block;
    }
  }

  /* Text and the median follow currentColor, which forced colours already set. */
  @media (forced-colors: active) {
    .band,
    .axis {
      fill: Canvas;
      stroke: CanvasText;
    }

    .inner,
    .chart .you {
      fill: Highlight;
      opacity: 1;
    }
  }
`;

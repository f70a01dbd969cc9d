import { css } from 'lit';

/**
 * Wide: a table. Narrow (the host is a size container, so this follows the widget's own width,
 * not the viewport): the table is `display: none` and one card per dimension shows the roles
 * inside as a definition list. `display: none` also takes the hidden layout out of the
 * accessibility tree, so a screen reader meets one structure, each with its real semantics.
 */
export const styles = css`
  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }

  caption,
  .caption {
    margin: 0 0 calc(var(--_spacing) / 2);
    font-weight: 700;
    text-align: start;
  }

  th,
  td {
    padding: calc(var(--_spacing) / 2);
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  td,
  dd,
  .card h3 {
    overflow-wrap: anywhere;
  }

  .corner {
    width: 22%;
  }

  thead th {
    vertical-align: bottom;
  }

  .hl {
    background: var(--_subtle);
  }

  th.hl {
    box-shadow: inset 0 4px var(--_accent);
  }

  dt.hl {
    box-shadow: inset 4px 0 var(--_accent);
  }

  button {
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 700;
    text-align: start;
    cursor: pointer;
    transition: background-color 0.15s;
  }

  button[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .tag {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* Bordered rather than filled: with three roles most items can be shared, and a wall of filled tags hides the few that differ. */
  .shared {
    padding: 0 calc(0.5em - 1px);
    border: 2px solid var(--_accent);
    font-weight: 600;
  }

  .mark {
    color: var(--_accent);
  }

  .fig,
  .source {
    display: block;
  }

  .source,
  .legend {
    margin-top: 0.25rem;
    font-size: 0.875em;
  }

  .source {
    color: var(--_muted);
  }

  .cards {
    display: none;
  }

  .picker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .card {
    margin-top: calc(var(--_spacing) / 2);
    padding: calc(var(--_spacing) / 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .card h3 {
    margin: 0;
    font-size: 1em;
  }

  dl,
  dd {
    margin: 0;
  }

  dt {
    margin-top: 0.5rem;
    font-weight: 700;
  }

  dt,
  dd {
    padding: 0 0.25rem;
  }

  dd {
    padding-bottom: 0.25rem;
  }

  @container (max-width: 40rem) {
    table {
      display: none;
    }

    .cards {
      display: block;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    button {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .hl {
      outline: 2px solid CanvasText;
      outline-offset: -2px;
    }

    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }

    .shared {
      border-style: double;
      border-width: 3px;
    }
  }

  @media print {
    :host {
      --_text: #000 !important;
      --_muted: #333 !important;
      --_surface: #fff !important;
      --_subtle: #eee !important;
      --_border: #000 !important;
      --_accent: #000 !important;
      --_accent-contrast: #fff !important;
    }

    .base {
      border: 0;
      padding: 0;
    }

    button {
      padding: 0;
      border: 0;
      background: none !important;
      color: inherit !important;
    }

    .picker {
      display: none;
    }

    tr,
    .card {
      break-inside: avoid;
    }

    .source a::after {
      content: ' <' attr(href) '>';
    }
  }
`;

import { css } from 'lit';

/**
 * Only what differs from the shared tokens (buttons, tables and cells are styled there).
 * Wide: a table. Narrow (the widget's own width, not the viewport's): one card per dimension
 * shows the roles inside as a definition list. The element renders only one of the two.
 */
export const styles = css`
  /* Its width never follows its content, so the table/cards choice cannot feed back on itself. */
  :host {
    container-type: inline-size;
  }

  .base {
    overflow-wrap: anywhere;
  }

  /* Role columns of equal width; the empty corner cell sets the row headers' column. */
  table {
    table-layout: fixed;
  }

  thead td {
    width: 22%;
  }

  [part='caption'],
  dt {
    font-weight: 700;
    text-align: start;
  }

  .hl {
    background: var(--_subtle);
    box-shadow: inset 4px 0 var(--_accent);
  }

  ul,
  .picker {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }

  ul {
    padding: 0;
    list-style: none;
  }

  ul,
  h3,
  dl,
  dd {
    margin: 0;
  }

  li,
  .shared,
  section {
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  /* Bordered rather than filled: with three roles most items can be shared, and a wall of filled tags hides the few that differ. */
  .shared {
    border: 2px solid var(--_accent);
  }

  section {
    margin-top: 0.5rem;
  }

  dl > div {
    padding: 0.25rem 0.5rem;
  }

  .source {
    font-size: 0.875em;
  }

  /* A further figure for the same role and region, under the leading one. */
  .other {
    margin-top: 0.375rem;
  }

  @media (forced-colors: active) {
    .hl {
      outline: 2px solid;
    }
  }

  /* On paper: light colours whatever the theme, with the highlight printed; no picker; role
     buttons as plain header text; no card or row split across pages. */
  @media print {
    .picker {
      display: none;
    }

    button[part='select'] {
      min-height: 0;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      font-weight: 700;
    }

    tr,
    section {
      break-inside: avoid;
    }
  }
`;

import { css } from 'lit';

/**
 * Only what differs from the shared tokens (controls, focus, notices come from there). Rows are
 * compact so a checklist fits in an article column: checkbox, name, level and the learning toggle
 * on one line, the description below in small text. Every control is at least 24 × 24 CSS px
 * (WCAG 2.5.8).
 */
export const checklistStyles = css`
  :host {
    accent-color: var(--_accent);
  }
  h2 {
    font-size: 1.2em;
  }
  ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  /* A tick re-lays out only its own category: with 2,000 items, style and layout of the whole
     list took ~30 ms per tick, contained it takes ~1 ms (npm run bench). */
  [part='category'] {
    contain: layout style;
  }
  .head,
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  h3 {
    font-size: 1em;
    margin: 0;
    flex: 1 1 12em;
  }
  [part='toggle'] {
    width: 100%;
    border-color: transparent;
    background: none;
    font-weight: 600;
    text-align: start;
  }
  .print {
    display: none;
  }
  label {
    font-weight: 600;
  }
  li label {
    flex: 1;
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  input[type='checkbox'] {
    width: 24px;
    height: 24px;
    margin: 0;
    flex: none;
  }
  .progress,
  .desc,
  .badge {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .desc {
    flex-basis: 100%;
    padding-inline-start: calc(24px + 0.5em);
  }
  .desc a,
  .share {
    display: inline-block;
    line-height: 24px;
  }
  [aria-expanded='false']::before {
    content: '▸ ';
  }
  [aria-expanded='true']::before {
    content: '▾ ';
  }
  li {
    padding: 0.25em 0.5em;
    border-inline-start: 4px solid transparent;
    border-bottom: 1px solid var(--_subtle);
  }
  .learn {
    min-height: 24px;
    padding: 0 0.5em;
    border-radius: 1em;
    font-size: 0.8em;
  }
  .learning {
    border-inline-start-color: var(--_accent);
    background: var(--_subtle);
  }
  .done label {
    text-decoration: line-through;
  }
  /* On paper: every item, ticks as ☑ / ☐ (not colour), no controls, categories kept whole where they fit. */
  @media print {
    button,
    input,
    select,
    [part='toolbar'],
    [part='actions'],
    [part='confirm'] {
      display: none !important;
    }
    .print {
      display: inline;
    }
    ul[hidden] {
      display: block !important;
    }
    [part='category'] {
      break-inside: avoid;
    }
    li {
      break-inside: avoid;
    }
    label::before {
      content: '☐';
    }
    .done label::before {
      content: '☑';
    }
  }
`;

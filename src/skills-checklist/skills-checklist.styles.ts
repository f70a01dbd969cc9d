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
    margin: 0 0 0.25em;
  }
  ul {
    list-style: none;
    padding: 0;
    margin: 0 0 0.5em;
  }
  /* A tick re-lays out only its own category: with 2,000 items, style and layout of the whole
     list took ~30 ms per tick, contained it takes ~1 ms (npm run bench). */
  [part='category'] {
    contain: layout style;
    border-top: 1px solid var(--_subtle);
  }
  [part='toolbar'],
  .head,
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  [part='toolbar'] {
    margin-bottom: 0.5em;
  }
  h3 {
    font-size: 1em;
    margin: 0;
    flex: 1 1 12em;
  }
  [part='toggle'] {
    width: 100%;
    min-height: 2rem;
    border-color: transparent;
    background: none;
    padding-inline: 0.25em;
    font-weight: 600;
    text-align: start;
  }
  .print {
    display: none;
  }
  label {
    font-weight: 600;
    flex: 1 1 auto;
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 24px;
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
  .head .progress {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .desc {
    flex-basis: 100%;
    padding-inline-start: calc(24px + 0.5em);
  }
  .desc a {
    display: inline-block;
    min-height: 24px;
    min-width: 24px;
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
    min-width: 24px;
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
  .share {
    display: inline-block;
    min-height: 24px;
    line-height: 24px;
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
    h3 {
      break-after: avoid;
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
    .done label {
      text-decoration: none;
    }
  }
`;

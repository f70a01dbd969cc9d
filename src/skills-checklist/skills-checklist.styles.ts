import { css } from 'lit';

/**
 * Only what differs from the shared tokens (controls, focus, notices come from
 * there). Headings, lists and controls keep their default margins and flow inline; the
 * confirmations use the shared notice box.
 */
export const styles = css`
  :host {
    accent-color: var(--_accent);
  }
  h2 {
    font-size: 1.2em;
  }
  ul {
    list-style: none;
    padding: 0;
  }
  /* A tick re-lays out only its own category: with 2,000 items, style and layout of the whole
     list took ~30 ms per tick, contained it takes ~1 ms (npm run bench). */
  [part='category'] {
    contain: layout style;
  }
  label {
    font-weight: 600;
  }
  .progress,
  .desc,
  .badge {
    color: var(--_muted);
    font-size: 0.9em;
  }
  [aria-expanded='false']::before {
    content: '▸ ';
  }
  [aria-expanded='true']::before {
    content: '▾ ';
  }
  li {
    padding: 0.5em;
    border-inline-start: 4px solid transparent;
    border-bottom: 1px solid var(--_subtle);
  }
  .learning {
    border-inline-start-color: var(--_accent);
    background: var(--_subtle);
  }
  .done label {
    text-decoration: line-through;
  }
  @media print {
    [part='toolbar'],
    [part='actions'],
    [part='confirm'],
    [aria-pressed='false'] {
      display: none !important;
    }
    ul[hidden] {
      display: block !important;
    }
    .done label::after {
      content: ' ✓';
    }
  }
`;

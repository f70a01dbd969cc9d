import { css } from 'lit';

export const checklistStyles = css`
  h2,
  h3,
  p {
    margin: 0;
    font-size: 1em;
  }
  h2 {
    font-size: 1.2em;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  button,
  .file,
  select {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  .file {
    position: relative;
  }
  .file:focus-within {
    outline: var(--_focus-ring);
  }
  .header,
  .toolbar,
  .actions,
  .confirm,
  .category {
    margin-bottom: var(--_spacing);
  }
  .toolbar,
  .actions,
  .confirm,
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .confirm {
    padding: 0.5em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .progress,
  .desc {
    color: var(--_muted);
    font-size: 0.9em;
  }
  progress {
    flex: 0 1 15em;
    accent-color: var(--_accent);
  }
  .toggle {
    width: 100%;
    text-align: start;
    font-weight: bold;
    border: 0;
    padding: 0.25em 0;
  }
  .toggle::before {
    content: '▸ ';
    display: inline-block;
    transition: transform 0.15s;
  }
  [aria-expanded='true']::before {
    transform: rotate(90deg);
  }
  .item {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em 0.5em;
    padding: 0.5em;
    border-inline-start: 4px solid transparent;
    border-bottom: 1px solid var(--_subtle);
  }
  .item.learning {
    border-inline-start-color: var(--_accent);
    background: var(--_subtle);
  }
  .item input {
    width: 1.25em;
    height: 1.25em;
    accent-color: var(--_accent);
  }
  .done label {
    text-decoration: line-through;
  }
  label {
    font-weight: 600;
  }
  .desc {
    display: block;
  }
  .badge {
    font-size: 0.75em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    padding: 0 0.5em;
    margin: 0 0.5em;
  }
  .learn {
    grid-column: 2;
    justify-self: start;
    font-size: 0.85em;
  }
  [aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .note:empty {
    display: none;
  }
  .alert {
    color: var(--_danger);
  }
  @container (min-width: 36rem) {
    .item {
      grid-template-columns: auto 1fr auto;
    }
    .learn {
      grid-column: 3;
      align-self: start;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .toggle::before {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .item.learning {
      border-inline-start-color: Highlight;
    }
    [aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    .toolbar,
    .actions,
    .confirm,
    .share,
    [aria-pressed='false'] {
      display: none !important;
    }
    ul[hidden] {
      display: block !important;
    }
    .base {
      border: 0;
    }
    .item input {
      print-color-adjust: exact;
    }
    .done label::after {
      content: ' ✓';
    }
  }
`;

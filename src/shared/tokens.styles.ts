import { css } from 'lit';

/**
 * Design tokens. Public `--dcw-*` properties may be set on the element or any ancestor; each is
 * read once here into a private `--_*` variable with its default (or used directly where
 * only one rule needs it), so the fallback lives in one
 * place and a page-wide `body { --dcw-accent-color: … }` still reaches every widget.
 * Nothing moves (no transitions or animations), so prefers-reduced-motion has nothing to stop.
 * Defaults meet WCAG 2.2 AA: text ≥ 4.5:1 and borders/focus ≥ 3:1 on the surface, light and dark.
 */
export const tokens = css`
  /* Each colour is light-dark(light, dark): the browser picks by the host's color-scheme, which
     follows prefers-color-scheme unless theme="light" or theme="dark" pins it. */
  :host {
    --_text: var(--dcw-text-color, light-dark(#1f2328, #e6edf3));
    --_muted: var(--dcw-muted-color, light-dark(#555e68, #a4adb8));
    --_surface: var(--dcw-surface-color, light-dark(#fff, #161b22));
    --_subtle: var(--dcw-subtle-color, light-dark(#f3f5f7, #21262d));
    --_border: var(--dcw-border-color, light-dark(#6e7781, #8b949e));
    --_accent: var(--dcw-accent-color, light-dark(#0b5cad, #6cb6ff));
    --_accent-contrast: var(--dcw-accent-contrast-color, light-dark(#fff, #0d1117));
    --_danger: var(--dcw-danger-color, light-dark(#b3261e, #ff8a80));
    --_radius: var(--dcw-radius, 0.5rem);
    --_spacing: var(--dcw-spacing, 1rem);

    display: block;
    box-sizing: border-box;
    color-scheme: light dark;
    font-family: var(--dcw-font-family, inherit);
    font-size: var(--dcw-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  /* The scheme worked out from a meta tag or dark-selector (DcwElement), on the frame. */
  .light {
    color-scheme: light;
  }

  .dark {
    color-scheme: dark;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .base {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_spacing);
  }

  :focus-visible {
    outline: var(--dcw-focus-ring, 3px solid var(--_accent));
    outline-offset: 2px;
  }

  a {
    color: var(--_accent);
  }

  .notice {
    margin: 0 0 var(--_spacing);
    padding: calc(var(--_spacing) / 2) var(--_spacing);
    border-left: 4px solid var(--_accent);
    background: var(--_subtle);
  }

  .notice[role='alert'] {
    border-left-color: var(--_danger);
  }

  .notice p {
    margin: 0;
  }

  .muted {
    color: var(--_muted);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Controls and tables look the same in every widget; elements add only what differs. */
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }

  button,
  select,
  input:not([type='checkbox']) {
    min-height: 2.25rem;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  button {
    cursor: pointer;
  }

  button[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
  }

  table {
    width: 100%;
    border-collapse: collapse;
  }

  th,
  td {
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  /* Paper is white: print the light colours, backgrounds included, even from a dark page. */
  @media print {
    :host,
    .base {
      color-scheme: light !important;
      print-color-adjust: exact;
    }
  }

  @media (forced-colors: active) {
    .base,
    .notice {
      border-color: CanvasText;
    }

    /* A pressed toggle keeps its filled look, in the system's own colours. */
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;

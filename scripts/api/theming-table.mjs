// README.md's Theming table: each `--dcw-*` property the base class documents (@cssprop), with what
// it sets (its JSDoc) and its light and dark defaults as src/shared/tokens.styles.ts writes them
// (`var(--dcw-x, default)`), so neither a name nor a value is kept by hand.
import { readFileSync } from 'node:fs';

const TOKENS = 'src/shared/tokens.styles.ts';

/** The text of the `var(--name, …)` fallback in `css`, parentheses balanced; undefined if none. */
function fallbackOf(css, name) {
  const start = css.indexOf(`var(${name},`);
  if (start < 0) return undefined;
  let depth = 0;
  for (let i = start + 4; i < css.length; i++) {
    if (css[i] === '(') depth++;
    else if (css[i] === ')' && depth-- === 0) return css.slice(start + `var(${name},`.length, i).trim();
  }
  throw new Error(`${TOKENS}: var(${name}, … has no closing parenthesis`);
}

/** `light-dark(a, b)` → [a, b]; any other value is the same in both schemes. */
function schemes(value) {
  const pair = value.match(/^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/);
  return pair ? [pair[1], pair[2]] : [value, value];
}

/**
 * The table's rows. A private token in a default (`var(--_accent)`) is shown as the public property
 * it is read from, so the row says what to set.
 */
export function themingTable(cssProperties, css = readFileSync(TOKENS, 'utf8')) {
  const publicName = (token) => css.match(new RegExp(`\\s${token}:\\s*var\\((--dcw-[\\w-]+)`))?.[1] ?? token;
  const shown = (value) =>
    value === 'inherit'
      ? 'inherited'
      : `\`${value.replace(/var\((--_[\w-]+)\)/g, (_, t) => `var(${publicName(t)})`)}\``;
  const rows = cssProperties.map(({ name, description }) => {
    const value = fallbackOf(css, name);
    if (value === undefined) throw new Error(`${TOKENS} never reads ${name}, which DcwElement documents`);
    const what = (description ?? '').replace(/\s*\(default[^)]*\)/, '').replace(/\.$/, '');
    return [`\`${name}\``, what, ...schemes(value).map(shown)];
  });
  return [
    '| custom property | what it sets | light default | dark default |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

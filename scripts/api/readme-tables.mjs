// README.md's API tables from the manifest: each widget's between `<!-- api:TAG -->` and
// `<!-- /api:TAG -->`, and what every widget shares (the base class) between `<!-- api:common -->`
// and `<!-- /api:common -->`.

const cell = (text) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${cell(text).replace(/`/g, '')}\`` : '');
/** `CustomEvent<DcwErrorDetail>` → `DcwErrorDetail`. */
const detailType = (event) => event.type?.text?.match(/^CustomEvent<(\w+)>$/)?.[1];

function table(head, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

const publicField = (m) =>
  m.kind === 'field' && !m.static && (!m.privacy || m.privacy === 'public') && !m.name.startsWith('_');

function section(decl, { summary = true } = {}) {
  const attrs = (decl.attributes ?? []).map((a) => [
    code(a.name),
    code(a.type?.text),
    code(a.default),
    cell(a.description),
  ]);
  const props = (decl.members ?? [])
    .filter((m) => publicField(m) && !m.attribute && m.description)
    .map((m) => [code(m.name), code(m.type?.text), cell(m.description)]);
  const events = (decl.events ?? []).map((e) => [code(e.name), code(detailType(e)), cell(e.description)]);
  const parts = (decl.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]);
  const cssProps = (decl.cssProperties ?? []).map((p) => code(p.name)).join(', ');
  return [
    summary && (decl.summary || decl.description) ? cell(decl.summary || decl.description) : '',
    table(['attribute', 'type', 'default', 'meaning'], attrs),
    table(['property', 'type', 'meaning'], props),
    table(['event', 'detail', 'when'], events),
    table(['part', 'what it is'], parts),
    cssProps ? `CSS custom properties: ${cssProps} (see Theming).` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Replaces the text between a block's markers; throws when the README has no such block. */
function fill(readme, name, text) {
  const start = `<!-- api:${name} -->`;
  const end = `<!-- /api:${name} -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} block`);
  return `${readme.slice(0, from + start.length)}\n${text}\n${readme.slice(to)}`;
}

/** The README with every API block written from the manifest. */
export function readmeWithTables(readme, { base, elements }) {
  // The shared block shows attributes and events only: parts and CSS properties are in each widget's own.
  let out = fill(readme, 'common', section({ attributes: base.attributes, events: base.events }, { summary: false }));
  for (const { widget, decl } of elements) out = fill(out, widget.tag, section(decl));
  return out;
}

// README.md's API tables from the manifest: each widget's between `<!-- api:TAG -->` and
// `<!-- /api:TAG -->`, what every widget shares (the base class) in `<!-- api:common -->`, and the
// events' detail fields (from src/shared/events.ts) in `<!-- api:events -->`, and the Theming table
// (the base class's @cssprop list with the defaults in tokens.styles.ts) in `<!-- api:theming -->`.
import { themingTable } from './theming-table.mjs';

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

/** One row per detail field, the event named on its first. */
function eventsTable(events) {
  const rows = events.flatMap(({ name, detail, fields }) =>
    fields.map((f, i) => [i ? '' : `${code(name)} (${code(detail)})`, code(f.name), code(f.type), cell(f.doc)]),
  );
  return table(['event (detail type)', 'field', 'type', 'meaning'], rows);
}

/** The README with every API block written from the manifest and events.ts. */
export function readmeWithTables(readme, { base, elements }, events) {
  // The shared block shows attributes and events only: parts and CSS properties are in each widget's own.
  let out = fill(readme, 'common', section({ attributes: base.attributes, events: base.events }, { summary: false }));
  for (const { widget, decl } of elements) out = fill(out, widget.tag, section(decl));
  out = fill(out, 'theming', themingTable(base.cssProperties ?? []));
  return fill(out, 'events', eventsTable(events));
}

// Writes each element's API tables into README.md from custom-elements.json (built from the
// elements' JSDoc), between `<!-- api:TAG -->` and `<!-- /api:TAG -->`. With --check it writes
// nothing and fails when README.md differs, so the docs cannot drift from the code.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

// The manifest ships in the package: only the sources' modules, and no internal state. (When the
// analyzer could not load its config it silently analysed dist/ and test/ as well.)
const stray = manifest.modules.map((m) => m.path).filter((path) => !path.startsWith('src/'));
const state = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .flatMap((d) => d.attributes ?? [])
  .filter((a) => ['data', 'fetching', 'waiting', 'dataProblem', 'currentLocale'].includes(a.fieldName ?? a.name));
if (stray.length || state.length) {
  console.error(
    `custom-elements.json is wrong: modules outside src/ (${stray.slice(0, 3).join(', ')}) or internal state (${state.map((a) => a.name).join(', ')}); check custom-elements-manifest.config.mjs loads.`,
  );
  process.exit(1);
}
const readmePath = 'README.md';
const readme = readFileSync(readmePath, 'utf8');
const check = process.argv.includes('--check');

const cell = (text) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${cell(text).replace(/`/g, '')}\`` : '');

function table(head, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function section(decl) {
  const publicMember = (m) =>
    m.kind === 'field' && !m.static && (!m.privacy || m.privacy === 'public') && !m.name.startsWith('_');
  const attrs = (decl.attributes ?? []).map((a) => [
    code(a.name),
    code(a.type?.text),
    code(a.default),
    cell(a.description),
  ]);
  const props = (decl.members ?? [])
    .filter((m) => publicMember(m) && !m.attribute && m.description)
    .map((m) => [code(m.name), code(m.type?.text), cell(m.description)]);
  const events = (decl.events ?? []).map((e) => [code(e.name), cell(e.description)]);
  const parts = (decl.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]);
  const cssProps = (decl.cssProperties ?? []).map((p) => code(p.name)).join(', ');
  return [
    decl.summary || decl.description ? cell(decl.summary || decl.description) : '',
    table(['attribute', 'type', 'default', 'meaning'], attrs),
    table(['property', 'type', 'meaning'], props),
    table(['event', 'detail'], events),
    table(['part', 'what it is'], parts),
    cssProps ? `CSS custom properties: ${cssProps} (see Theming).` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

let out = readme;
const missing = [];
const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName)).filter(Boolean);
for (const tag of ['dcw-role-comparison', 'dcw-salary-calculator', 'dcw-skills-checklist']) {
  if (!tags.includes(tag)) {
    console.error(`custom-elements.json has no ${tag}: is its class JSDoc (@tag) directly above the class?`);
    process.exit(1);
  }
}
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.tagName) continue;
    const start = `<!-- api:${decl.tagName} -->`;
    const end = `<!-- /api:${decl.tagName} -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from < 0 || to < from) {
      missing.push(decl.tagName);
      continue;
    }
    out = `${out.slice(0, from + start.length)}\n${section(decl)}\n${out.slice(to)}`;
  }
}
if (missing.length) {
  console.error(`README.md has no <!-- api:TAG --> block for: ${missing.join(', ')}`);
  process.exit(1);
}
if (check) {
  if (out !== readme) {
    console.error('README.md API tables are out of date: run `npm run docs` and commit the result.');
    process.exit(1);
  }
  console.log('README.md API tables match custom-elements.json');
} else {
  writeFileSync(readmePath, out);
  console.log('README.md API tables written from custom-elements.json');
}

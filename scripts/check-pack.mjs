// `npm run pack:check`: the npm package holds dist/, the manifest, README, LICENSE and
// package.json, and nothing else (no sources, tests or demo); package.json's `exports` and
// `sideEffects` name every widget of the registry (src/widgets.json); and each ES module entry
// imports in Node without throwing, as a server-side build may import it before any browser runs
// it (Lit's Node build brings its own DOM shims; ours must not touch browser-only globals on
// import). Run after build and manifest.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ALL_IN_SCRIPT, VALIDATOR_SCRIPT, WIDGETS } from './widgets.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const problems = [];

const REQUIRED = [
  ALL_IN_SCRIPT,
  VALIDATOR_SCRIPT,
  'dist/esm/index.js',
  'dist/esm/classes.js',
  'dist/esm/validate.js',
  'dist/esm/prerender.js',
  'dist/types/prerender/prerender.d.ts',
  'bin/dev-career-widgets.js',
  'dist/types/index.d.ts',
  'dist/types/react.d.ts',
  ...WIDGETS.flatMap((w) => [w.script, w.esm, w.types]),
  'custom-elements.json',
  'README.md',
  'LICENSE',
  'package.json',
];
const ALLOWED = /^(dist\/.+|bin\/dev-career-widgets\.js|custom-elements\.json|README\.md|LICENSE|package\.json)$/;

const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
const files = JSON.parse(out)[0].files.map((f) => f.path);
for (const f of REQUIRED) if (!files.includes(f)) problems.push(`npm package lacks ${f}`);
for (const f of files) if (!ALLOWED.test(f)) problems.push(`npm package should not hold ${f}`);

// Every widget has its subpath, its script and its side effects declared; nothing else claims to be one.
const exportsFor = (path) => pkg.exports[path]?.default ?? pkg.exports[path];
for (const w of WIDGETS) {
  if (exportsFor(w.subpath) !== `./${w.esm}`)
    problems.push(`package.json exports["${w.subpath}"] should be ./${w.esm}`);
  if (exportsFor(`./${w.tag}.js`) !== `./${w.script}`)
    problems.push(`package.json exports["./${w.tag}.js"] should be ./${w.script}`);
  for (const file of [w.script, w.esm])
    if (!pkg.sideEffects.includes(`./${file}`)) problems.push(`package.json sideEffects lacks ./${file}`);
}
for (const file of pkg.sideEffects.filter((f) => /^\.\/dist\/(dcw-|esm\/)/.test(f))) {
  const known =
    WIDGETS.some((w) => file === `./${w.script}` || file === `./${w.esm}`) || file === './dist/esm/index.js';
  if (!known) problems.push(`package.json sideEffects names ${file}, which is no widget's file`);
}

// prerender: its subpath and the command of the package's `bin`.
if (exportsFor('./prerender') !== './dist/esm/prerender.js')
  problems.push('package.json exports["./prerender"] should be ./dist/esm/prerender.js');
if (pkg.bin?.['dev-career-widgets'] !== 'bin/dev-career-widgets.js')
  problems.push('package.json bin["dev-career-widgets"] should be bin/dev-career-widgets.js');

if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log(`npm package: ${files.length} files, all expected; exports and sideEffects match src/widgets.json`);
for (const entry of [
  'dist/esm/index.js',
  'dist/esm/classes.js',
  'dist/esm/validate.js',
  'dist/esm/prerender.js',
  ...WIDGETS.map((w) => w.esm),
]) {
  await import(new URL(`../${entry}`, import.meta.url).href);
}
console.log('ES module entries import in Node');

// prerender runs in Node, with the widgets already defined by the entries above in the same process.
const { prerender } = await import(new URL('../dist/esm/prerender.js', import.meta.url).href);
const page = `<html lang="en"><body>${WIDGETS.map((w) => `<${w.tag}></${w.tag}>`).join('')}</body></html>`;
const written = prerender(page);
const roots = written.split(/<template [^>]*shadowrootmode="open"/).length - 1;
if (roots !== WIDGETS.length || prerender(written) !== written) {
  console.error(
    `prerender in Node: ${roots} declarative shadow roots for ${WIDGETS.length} widgets, or a second run changed the page`,
  );
  process.exit(1);
}
console.log(`prerender runs in Node: ${roots} widgets, a second run changes nothing`);

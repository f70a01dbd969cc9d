// `npm run pack:check`: the npm package holds dist/, the manifest, README, LICENSE and
// package.json, and nothing else (no sources, tests or demo); and each ES module entry imports in
// Node without throwing, as a server-side build may import it before any browser runs it (Lit's
// Node build brings its own DOM shims; ours must not touch browser-only globals on import).
// Run after build and manifest.
import { execFileSync } from 'node:child_process';

const REQUIRED = [
  'dist/dev-career-widgets.js',
  'dist/esm/index.js',
  'dist/esm/classes.js',
  'dist/esm/salary-calculator.js',
  'dist/esm/skills-checklist.js',
  'dist/esm/role-comparison.js',
  'dist/types/index.d.ts',
  'dist/types/salary-calculator/define.d.ts',
  'custom-elements.json',
  'README.md',
  'LICENSE',
  'package.json',
];
const ALLOWED = /^(dist\/.+|custom-elements\.json|README\.md|LICENSE|package\.json)$/;

const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
const files = JSON.parse(out)[0].files.map((f) => f.path);
const missing = REQUIRED.filter((f) => !files.includes(f));
const extra = files.filter((f) => !ALLOWED.test(f));
if (missing.length || extra.length) {
  if (missing.length) console.error(`npm package lacks: ${missing.join(', ')}`);
  if (extra.length) console.error(`npm package should not hold: ${extra.join(', ')}`);
  process.exit(1);
}
console.log(`npm package: ${files.length} files, all expected`);
for (const entry of ['index', 'classes', 'salary-calculator', 'skills-checklist', 'role-comparison']) {
  await import(new URL(`../dist/esm/${entry}.js`, import.meta.url).href);
}
console.log('ES module entries import in Node');

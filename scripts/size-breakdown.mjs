// `npm run size:breakdown`: what each element and each big dependency adds to the one-script
// bundle, as gzip bytes. Builds the bundle once whole and once without each element (into a
// temporary folder, so it never touches dist/), then attributes the whole bundle's minified
// code to its sources through the source map. Differences are exact; the per-source split is
// an estimate (each group gzipped alone).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const ELEMENTS = ['salary-calculator', 'skills-checklist', 'role-comparison'];
const work = mkdtempSync(join(tmpdir(), 'dcw-size-'));
const gz = (text) => gzipSync(text, { level: 9 }).length;

async function bundle(name, elements) {
  const entry = join(resolve('src'), `.size-entry-${process.pid}-${name}.ts`);
  writeFileSync(entry, elements.map((e) => `import './${e}/define.js';`).join('\n') + '\n');
  try {
    await build({
      configFile: resolve('vite.config.ts'),
      logLevel: 'silent',
      build: {
        outDir: join(work, name),
        emptyOutDir: true,
        sourcemap: true,
        lib: { entry, name: 'DevCareerWidgets', formats: ['iife'], fileName: () => 'bundle.js' },
      },
    });
  } finally {
    rmSync(entry, { force: true });
  }
  return join(work, name, 'bundle.js');
}

/** Splits the minified code by source file using the source map's mappings. */
function bySource(file) {
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = readFileSync(file, 'utf8').split('\n');
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const texts = map.sources.map(() => '');
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    let column = 0;
    let previous;
    const text = lines[index] ?? '';
    for (const segment of line ? line.split(',') : []) {
      const values = [];
      let shift = 0;
      let value = 0;
      for (const ch of segment) {
        const digit = alphabet.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) source += values[1];
      if (previous) texts[previous[1]] += text.slice(previous[0], column);
      previous = [column, source];
    }
    if (previous) texts[previous[1]] += text.slice(previous[0]);
  });
  const groups = {};
  map.sources.forEach((path, i) => {
    const clean = path.replace(/^.*node_modules\//, '').replace(/^.*?\/src\//, 'src/');
    const group = clean.startsWith('zod')
      ? 'zod'
      : /^(lit|@lit)/.test(clean)
        ? 'lit'
        : clean.includes('dataset/bundled')
          ? 'dataset (JSON)'
          : clean.replace(/^src\//, '').replace(/\/[^/]+$/, '/');
    groups[group] = (groups[group] ?? '') + texts[i];
  });
  return Object.entries(groups).map(([group, text]) => ({ group, gzip: gz(text) }));
}

const whole = await bundle('all', ELEMENTS);
const total = gz(readFileSync(whole));
const rows = [];
for (const element of ELEMENTS) {
  const without = await bundle(
    `without-${element}`,
    ELEMENTS.filter((e) => e !== element),
  );
  rows.push({ element, adds: total - gz(readFileSync(without)) });
}
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log(`whole bundle: ${kb(total)} gzip`);
for (const { element, adds } of rows) console.log(`  <dcw-${element}> adds ${kb(adds)}`);
console.log('by source (each gzipped alone, so they add up to more than the whole):');
for (const { group, gzip } of bySource(whole).sort((a, b) => b.gzip - a.gzip))
  console.log(`  ${kb(gzip).padStart(9)}  ${group}`);
if (process.argv.includes('--json')) console.log(JSON.stringify({ total, elements: rows, sources: bySource(whole) }));
rmSync(work, { recursive: true, force: true });

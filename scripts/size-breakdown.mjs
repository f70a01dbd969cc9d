// `npm run size:breakdown`: where each shipped script's gzip bytes go, by source (Lit's packages,
// each of our files, the bundled data), read from the source maps of a build made with them
// (DCW_SOURCEMAP=1, as the npm script does). Each group is gzipped alone, so the groups add up to
// more than the whole file: read them as shares, not exact costs.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { ALL_IN_SCRIPT, WIDGETS } from './widgets.mjs';

const gz = (text) => gzipSync(text, { level: 9 }).length;

/** A readable name for a source: a package, or a path under src/. Code with no source is data. */
const groupOf = (source) =>
  !source
    ? 'bundled data (dataset.json)'
    : source.includes('node_modules/')
      ? source.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
      : source.replace(/.*\/src\//, 'src/');

function breakdown(file) {
  const code = readFileSync(file, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const lines = code.split('\n');
  const groups = new Map();
  let previous;
  const add = (end) => {
    const line = lines[previous.line - 1];
    const text =
      end && end.line === previous.line ? line.slice(previous.column, end.column) : line.slice(previous.column);
    groups.set(previous.group, (groups.get(previous.group) ?? '') + text);
  };
  map.eachMapping((m) => {
    if (previous) add({ line: m.generatedLine, column: m.generatedColumn });
    previous = { line: m.generatedLine, column: m.generatedColumn, group: groupOf(m.source) };
  });
  if (previous) add();
  return [...groups].map(([group, text]) => ({ group, gzip: gz(text) })).sort((a, b) => b.gzip - a.gzip);
}

for (const file of [ALL_IN_SCRIPT, ...WIDGETS.map((w) => w.script)]) {
  let rows;
  try {
    rows = breakdown(file);
  } catch {
    console.error(`${file}.map is missing: run DCW_SOURCEMAP=1 npm run build first (npm run size:breakdown does).`);
    process.exit(1);
  }
  console.log(`\n${file}: ${(gz(readFileSync(file)) / 1024).toFixed(1)} KB gzip`);
  for (const { group, gzip } of rows.filter((r) => r.gzip >= 100))
    console.log(`  ${String(gzip).padStart(6)} B  ${group}`);
}

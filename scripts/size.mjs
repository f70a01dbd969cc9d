// `npm run size`: gzip size of the one-script bundle against its budget (fails above it).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const FILE = 'dist/dev-career-widgets.js';
const BUDGET = 30 * 1024;
const GOAL = 25 * 1024;

let source;
try {
  source = readFileSync(FILE);
} catch {
  console.error(`${FILE} is missing: run npm run build first.`);
  process.exit(1);
}
const gzip = gzipSync(source, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const verdict = gzip > BUDGET ? 'OVER BUDGET' : gzip > GOAL ? 'within budget, above the 25 KB goal' : 'within goal';
console.log(`${FILE}: ${kb(source.length)} minified, ${kb(gzip)} gzip (budget ${kb(BUDGET)}): ${verdict}`);
if (gzip > BUDGET) process.exit(1);

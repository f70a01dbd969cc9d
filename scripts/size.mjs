// `npm run size`: gzip size of every shipped script against its budget (fails above one) and its
// goal (reported). `--json` prints the figures as one JSON line, for the benchmark.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ALL_IN_SCRIPT, VALIDATOR_SCRIPT, WIDGETS } from './widgets.mjs';

const KB = 1024;
/** Budgets fail `npm test`; goals are what we aim for (issue 17). */
const FILES = [
  { file: ALL_IN_SCRIPT, budget: 30 * KB, goal: 25 * KB },
  ...WIDGETS.map((w) => ({
    file: w.script,
    budget: 20 * KB,
    goal: { 'dcw-salary-calculator': 15, 'dcw-skills-checklist': 17, 'dcw-role-comparison': 18 }[w.tag] * KB,
  })),
  // Loaded only with custom data: reported, no budget.
  { file: VALIDATOR_SCRIPT },
];

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const rows = [];
for (const { file, budget, goal } of FILES) {
  let source;
  try {
    source = readFileSync(file);
  } catch {
    console.error(`${file} is missing: run npm run build first.`);
    process.exit(1);
  }
  rows.push({ file, minified: source.length, gzip: gzipSync(source, { level: 9 }).length, budget, goal });
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows));
} else {
  for (const { file, minified, gzip, budget, goal } of rows) {
    const verdict = !budget
      ? 'loaded only for custom data'
      : gzip > budget
        ? `OVER BUDGET (${kb(budget)})`
        : `within budget ${kb(budget)}, ${gzip > goal ? `above the ${kb(goal)} goal` : `within the ${kb(goal)} goal`}`;
    console.log(`${file}: ${kb(minified)} minified, ${kb(gzip)} gzip: ${verdict}`);
  }
}
if (rows.some((r) => r.budget && r.gzip > r.budget)) process.exit(1);

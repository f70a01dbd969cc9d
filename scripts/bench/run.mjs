// `npm run bench`: builds, serves the repository on 127.0.0.1, measures in headless Chromium
// (then, where the measure exists there, in headless Firefox over WebDriver BiDi), prints a
// table and writes bench/results/<timestamp>.json and bench/results/latest.json.
// Every timing goal is read from figures taken in the same run (ratios where there is a
// baseline), so a slow machine slows both sides alike. See issue 9 for the goals.
// BENCH_NO_BUILD=1 skips the build when dist/ exists (quick reruns while working on the bench).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import puppeteer from 'puppeteer-core';
import { serve } from './server.mjs';
import { widgetsPage, blankPage } from './pages.mjs';
import * as measures from './measures.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const RUNS = 41; // first-render navigations per page (≥ 15; more steady the median on a noisy machine)
const INTERACTIONS = 120; // ≥ 100
const CYCLES = 1000;

if (!process.env.BENCH_NO_BUILD || !existsSync('dist/dev-career-widgets.js'))
  execSync('npm run build', { stdio: 'inherit' });

const base = JSON.parse(readFileSync('src/shared/dataset/dataset.json', 'utf8'));
const server = await serve(
  '.',
  new Map([
    ['/bench/widgets.html', widgetsPage()],
    ['/bench/blank.html', blankPage()],
  ]),
);
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  defaultViewport: { width: 1280, height: 900 },
  // A DevTools port for Lighthouse (0: any free one; puppeteer reads it back).
  args: [
    '--remote-debugging-port=0',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--headless=new',
  ],
});

const results = {};
let chromium;
let firefox;
try {
  try {
    results.bundle = await measures.bundle();
    results.firstRender = await measures.firstRender(browser, server, RUNS);
    results.layoutShift = await measures.layoutShift(browser, server);
    results.articleLayoutShift = await measures.articleLayoutShift(browser, server);
    results.interaction = await measures.interaction(browser, server, INTERACTIONS);
    results.scale = await measures.scale(browser, server, base);
    results.memory = await measures.memory(browser, server, CYCLES);
    results.lighthouse = await measures.lighthouse(browser, server);
  } finally {
    chromium = await browser.version();
    await browser.close();
  }
  // Firefox after Chromium has closed, so the two never share the machine. Layout shift entries,
  // heap figures and Lighthouse exist only in Chromium; these three measures exist in both.
  const gecko = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      defaultViewport: { width: 1280, height: 900 },
      // Firefox rounds performance.now() to whole milliseconds by default; the bench needs finer.
      extraPrefsFirefox: { 'privacy.reduceTimerPrecision': false },
    })
    .catch((error) =>
      console.log(
        `Firefox (${FIREFOX}, or set FIREFOX_PATH) did not start, so its rows are left out: ${error.message}`,
      ),
    );
  if (gecko) {
    const inFirefox = (result) => ({
      ...result,
      rows: result.rows.map((r) => ({ ...r, measure: `Firefox: ${r.measure}` })),
    });
    try {
      results.firefoxFirstRender = inFirefox(await measures.firstRender(gecko, server, RUNS));
      results.firefoxInteraction = inFirefox(await measures.interaction(gecko, server, INTERACTIONS));
      results.firefoxScale = inFirefox(await measures.scale(gecko, server, base));
    } finally {
      firefox = await gecko.version();
      await gecko.close();
    }
  }
} finally {
  await server.close();
}

const rows = Object.values(results).flatMap((r) => r.rows);
const verdict = (pass) => (pass === null ? '' : pass ? 'pass' : 'MISS');
const table = [['measure', 'value', 'goal', ''], ...rows.map((r) => [r.measure, r.value, r.goal, verdict(r.pass)])];
const widths = table[0].map((_, i) => Math.max(...table.map((t) => t[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(
  `\n${line(table[0])}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${table.slice(1).map(line).join('\n')}`,
);
for (const r of Object.values(results)) for (const note of r.notes ?? []) console.log(note);

const machine = {
  cpu: cpus()[0]?.model,
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  os: `${platform()} ${release()}`,
  node: process.version,
  chromium,
  firefox,
};
const date = new Date().toISOString();
const report = { date, machine, rows, raw: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.raw])) };
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/${date.replace(/[:.]/g, '-')}.json`; // no colons: valid file names everywhere
writeFileSync(file, JSON.stringify(report, null, 2));
writeFileSync('bench/results/latest.json', JSON.stringify(report, null, 2));
const misses = rows.filter((r) => r.pass === false).length;
console.log(
  `\n${machine.cpu} ×${machine.cores}, ${machine.chromium}${firefox ? `, ${firefox}` : ''}. ${misses ? `${misses} goal(s) missed.` : 'All goals met.'} Written ${file}`,
);

// `npm run bench`: builds, serves the repository on 127.0.0.1, measures in headless Chromium
// (then, where the measure exists there, in headless Firefox over WebDriver BiDi), prints a
// table and writes bench/results/<timestamp>.json and bench/results/latest.json.
// Every timing goal is read from figures taken in the same run (ratios where there is a
// baseline), so a slow machine slows both sides alike. See issue 9 for the goals.
// BENCH_NO_BUILD=1 skips the build when dist/ exists (quick reruns while working on the bench);
// BENCH_RUNS=5 loads fewer first-render pairs per look (figures then mean little);
// BENCH_ONLY=sizes,firstRender runs only the measures named (keys of `results` below, Firefox's
// too: firefoxFirstRender, firefoxInteraction, firefoxScale, firefoxUpgrade); BENCH_PAGES=three,prerendered
// only those first-render pages; BENCH_UPGRADE_LOADS=21 pairs of loads for the upgrade measure.
// See scripts/bench/README.md.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import puppeteer from 'puppeteer-core';
import { serve } from './server.mjs';
import { firstRenderHtml, blankPage, FIRST_RENDER_PAGES } from './pages.mjs';
import * as measures from './measures.mjs';
import { upgrade } from './upgrade.mjs';
import { CHROMIUM_FLAGS } from '../find-browsers.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// First render: pairs of loads (widgets page, static twin) per look, and at most this many looks
// while the interval straddles the goal (measures.firstRender, stats.mjs).
const RUNS = Number(process.env.BENCH_RUNS ?? 41);
const LOOKS = Number(process.env.BENCH_LOOKS ?? 3);
// …and no new look once a page has taken this long, so a busy machine cannot stretch the run.
const PAGE_SECONDS = Number(process.env.BENCH_PAGE_SECONDS ?? 60);
/**
 * Issue 17: a page with one widget (its own script) ≤ 1.15× its static twin; the three-widget page
 * ≤ 1.3×. Issue 20: the prerendered three-widget page ≤ 1.05× the same twin.
 */
const firstRenderGoal = (target) => (target.prerendered ? 1.05 : target.tags.length > 1 ? 1.3 : 1.15);
/** The same pairs, looks, goal and time limit for a page in Chromium and in Firefox. */
const firstRenderOptions = (target) => ({
  runs: RUNS,
  looks: LOOKS,
  goal: firstRenderGoal(target),
  seconds: PAGE_SECONDS,
});
const ONLY = process.env.BENCH_ONLY?.split(',');
/** BENCH_PAGES=three,dcw-salary-calculator: only those first-render pages (ids in pages.mjs). */
const PAGES = FIRST_RENDER_PAGES.filter(
  (t) => !process.env.BENCH_PAGES || process.env.BENCH_PAGES.split(',').includes(t.id),
);
/** Runs `measure` unless BENCH_ONLY leaves `name` out. */
const when = (name, measure) => (!ONLY || ONLY.includes(name) ? measure() : undefined);
const INTERACTIONS = 120; // ≥ 100
const CYCLES = 1000;
/** The upgrade measure (upgrade.mjs): pairs of timed loads (prerendered, script-only), and of loads that read geometry. */
const UPGRADE_LOADS = Number(process.env.BENCH_UPGRADE_LOADS ?? 21);
const GEOMETRY_LOADS = 5;

if (!process.env.BENCH_NO_BUILD || !existsSync('dist/dev-career-widgets.js'))
  execSync('npm run build', { stdio: 'inherit' });

const loadAtStart = loadavg().map((l) => Number(l.toFixed(2)));
const started = Date.now();
const base = JSON.parse(readFileSync('src/shared/dataset/dataset.json', 'utf8'));
const server = await serve(
  '.',
  new Map([
    ...(await Promise.all(FIRST_RENDER_PAGES.map(async (t) => [t.path, await firstRenderHtml(t)]))),
    ['/bench/blank.html', blankPage()],
  ]),
);
const pageOf = (id) => FIRST_RENDER_PAGES.find((t) => t.id === id);
const upgradeOptions = {
  prerendered: pageOf('prerendered'),
  scriptOnly: pageOf('three'),
  loads: UPGRADE_LOADS,
  geometryLoads: GEOMETRY_LOADS,
};
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  defaultViewport: { width: 1280, height: 900 },
  // A DevTools port for Lighthouse (0: any free one; puppeteer reads it back).
  args: ['--remote-debugging-port=0', ...CHROMIUM_FLAGS, '--headless=new'],
});

const results = {};
let chromium;
let firefox;
try {
  try {
    results.sizes = await when('sizes', () => measures.sizes());
    results.pageSizes = await when('sizes', () =>
      measures.pageSizes(
        server.pages.get(upgradeOptions.prerendered.path),
        server.pages.get(upgradeOptions.scriptOnly.path),
      ),
    );
    for (const target of PAGES)
      results[`firstRender:${target.id}`] = await when('firstRender', () =>
        measures.firstRender(browser, server, target, firstRenderOptions(target)),
      );
    results.upgrade = await when('upgrade', () => upgrade(browser, server, upgradeOptions));
    results.layoutShift = await when('layoutShift', () => measures.layoutShift(browser, server));
    results.articleLayoutShift = await when('articleLayoutShift', () => measures.articleLayoutShift(browser, server));
    results.interaction = await when('interaction', () => measures.interaction(browser, server, INTERACTIONS));
    results.scale = await when('scale', () => measures.scale(browser, server, base));
    results.memory = await when('memory', () => measures.memory(browser, server, CYCLES));
    results.lighthouse = await when('lighthouse', () => measures.lighthouse(browser, server));
  } finally {
    chromium = await browser.version();
    await browser.close();
  }
  // Firefox after Chromium has closed, so the two never share the machine. Layout shift entries,
  // heap figures and Lighthouse exist only in Chromium; these four measures exist in both (the
  // upgrade's shift read from geometry alone, upgrade-probe.js).
  const wantFirefox = !ONLY || ONLY.some((name) => name.startsWith('firefox'));
  const gecko = !wantFirefox
    ? undefined
    : await puppeteer
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
      const inFirefoxWhen = async (name, measure) => {
        const result = await when(name, measure);
        return result && inFirefox(result);
      };
      for (const target of PAGES)
        results[`firefoxFirstRender:${target.id}`] = await inFirefoxWhen('firefoxFirstRender', () =>
          measures.firstRender(gecko, server, target, firstRenderOptions(target)),
        );
      results.firefoxInteraction = await inFirefoxWhen('firefoxInteraction', () =>
        measures.interaction(gecko, server, INTERACTIONS),
      );
      results.firefoxScale = await inFirefoxWhen('firefoxScale', () => measures.scale(gecko, server, base));
      results.firefoxUpgrade = await inFirefoxWhen('firefoxUpgrade', () => upgrade(gecko, server, upgradeOptions));
    } finally {
      firefox = await gecko.version();
      await gecko.close();
    }
  }
} finally {
  await server.close();
}

for (const [name, result] of Object.entries(results)) if (!result) delete results[name]; // left out by BENCH_ONLY
const rows = Object.values(results).flatMap((r) => r.rows);
// `pass` is true, false, null (no goal) or 'unclear' (a first-render interval that straddles its goal).
const verdict = (pass) => (pass === null ? '' : pass === 'unclear' ? 'unclear' : pass ? 'pass' : 'MISS');
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
  // Figures taken on a busy machine (load average near or above the core count) are less steady.
  loadAtStart,
  loadAtEnd: loadavg().map((l) => Number(l.toFixed(2))),
};
const date = new Date().toISOString();
const report = { date, machine, rows, raw: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.raw])) };
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/${date.replace(/[:.]/g, '-')}.json`; // no colons: valid file names everywhere
writeFileSync(file, JSON.stringify(report, null, 2));
writeFileSync('bench/results/latest.json', JSON.stringify(report, null, 2));
const misses = rows.filter((r) => r.pass === false).length;
const unclear = rows.filter((r) => r.pass === 'unclear').length;
const summary =
  misses || unclear
    ? [misses && `${misses} goal(s) missed`, unclear && `${unclear} unclear (interval straddles the goal)`]
        .filter(Boolean)
        .join(', ') + '.'
    : 'All goals met.';
console.log(
  `\n${machine.cpu} ×${machine.cores}, ${machine.chromium}${firefox ? `, ${firefox}` : ''}; load average (1, 5, 15 min) ${machine.loadAtStart.join(' ')} at the start, ${machine.loadAtEnd.join(' ')} at the end; measured in ${Math.round((Date.now() - started) / 1000)} s. ${summary} Written ${file}`,
);

// The upgrade of the prerendered page (issue 20): how far anything moves while the script
// replaces each widget's prerendered shadow root with its own render (goal: nothing), and how
// long until the widgets answer the reader, beside the script-only page for comparison. The
// browser side is upgrade-probe.js; README.md says how each engine measures the shift.
import { readFileSync } from 'node:fs';
import { medianInterval } from './stats.mjs';
import { row } from './measures.mjs';

const PROBE = readFileSync(new URL('./upgrade-probe.js', import.meta.url), 'utf8');
/**
 * Shift is read this long after the last widget's first update: time for a few frames, and for
 * anything a first update sets off (the comparison's ResizeObserver, a second update) to land.
 */
const SETTLE_MS = 500;

/** A tab whose every load gets the upgrade probe before the page's own scripts. */
async function probedTab(browser, geometry) {
  const tab = await browser.newPage();
  await tab.setCacheEnabled(false);
  await tab.evaluateOnNewDocument(
    `window.__upgradeOptions = ${JSON.stringify({ geometry, settle: SETTLE_MS })};\n${PROBE}`,
  );
  return tab;
}

async function load(tab, url) {
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__upgrade?.done);
  return tab.evaluate(() => {
    const { interactive, layoutShift, shiftEntries, moved, movedWhat, definedBefore } = window.__upgrade;
    return { interactive, layoutShift, shiftEntries, moved, movedWhat, definedBefore };
  });
}

/** `n` pairs of loads, prerendered page and script-only page, the order flipping each pair. */
async function pairsOf(tab, urls, n) {
  const pairs = [];
  for (let i = 0; i < n; i++) {
    const pair = {};
    for (const side of i % 2 ? ['scriptOnly', 'prerendered'] : ['prerendered', 'scriptOnly'])
      pair[side] = await load(tab, urls[side]);
    pairs.push(pair);
  }
  return pairs;
}

const px = (v) => `${v.toFixed(2)} px`;
const msInterval = ({ median, lo, hi }) =>
  Number.isFinite(lo) ? `${median.toFixed(1)} ms [${lo.toFixed(1)}, ${hi.toFixed(1)}]` : `${median.toFixed(1)} ms`;

/**
 * `prerendered` and `scriptOnly`: first-render pages of pages.mjs. `loads` pairs time
 * interactivity and read the Layout Instability API where the engine has it; `geometryLoads`
 * more pairs compare the article's boxes before the script with every frame after it.
 */
export async function upgrade(browser, server, { prerendered, scriptOnly, loads, geometryLoads }) {
  const urls = { prerendered: server.origin + prerendered.path, scriptOnly: server.origin + scriptOnly.path };
  const timedTab = await probedTab(browser, false);
  for (const url of Object.values(urls)) await load(timedTab, url); // warm-up
  const timed = await pairsOf(timedTab, urls, loads);
  await timedTab.close();
  const geometryTab = await probedTab(browser, true);
  const geometry = await pairsOf(geometryTab, urls, geometryLoads);
  await geometryTab.close();
  // Every read "before the script" must be before it: otherwise the shift would be understated.
  if ([...timed, ...geometry].some((p) => p.prerendered.definedBefore !== 0 || p.scriptOnly.definedBefore !== 0))
    throw new Error('upgrade: a widget was defined before parsing ended, so nothing was read before the upgrade');

  const side = (pairs, name) => pairs.map((p) => p[name]);
  const worst = (values) => Math.max(...values);
  const api = timed[0].prerendered.layoutShift !== null;
  const interactive = (name) =>
    medianInterval(
      side(timed, name).map((l) => l.interactive),
      0.95,
    );
  const ratio = medianInterval(
    timed.map((p) => p.prerendered.interactive / p.scriptOnly.interactive),
    0.95,
  );
  const rows = [];
  const shiftRows = (name, label, goal) => {
    if (api) {
      const values = side(timed, name).map((l) => l.layoutShift);
      rows.push(
        row(
          `upgrade, ${label}: CLS through the upgrade, Layout Instability API (sum of shifts, navigation → ${SETTLE_MS} ms after interactive; worst of ${loads} loads)`,
          worst(values).toFixed(4),
          goal ? '0' : '',
          goal ? worst(values) === 0 : null,
        ),
      );
    }
    const loadsOf = side(geometry, name);
    const moved = worst(loadsOf.map((l) => l.moved));
    const what = moved > 0 ? ` (${loadsOf.find((l) => l.moved === moved).movedWhat})` : '';
    rows.push(
      row(
        `upgrade, ${label}: largest move of a box through the upgrade, geometry (article's boxes and page height before the script vs every frame to ${SETTLE_MS} ms after interactive; worst of ${geometryLoads} loads)`,
        `${px(moved)}${what}`,
        goal ? '0 px' : '',
        goal ? moved === 0 : null,
      ),
    );
  };
  shiftRows('prerendered', prerendered.label, true);
  shiftRows('scriptOnly', `${scriptOnly.label} (for comparison, no space reserved)`, false);
  rows.push(
    row(
      `upgrade: time until interactive (navigation → every widget defined and updateComplete), median [95 % CI] of ${loads} loads: prerendered / script-only page; pair ratio`,
      `${msInterval(interactive('prerendered'))} / ${msInterval(interactive('scriptOnly'))}; ${ratio.median.toFixed(2)}×${
        Number.isFinite(ratio.lo) ? ` [${ratio.lo.toFixed(2)}, ${ratio.hi.toFixed(2)}]` : ''
      }`,
      '',
      null,
    ),
  );
  return {
    rows,
    raw: {
      settleMs: SETTLE_MS,
      shiftMethod: api ? 'Layout Instability API and geometry' : 'geometry (no layout-shift entries in this engine)',
      interactive: { prerendered: interactive('prerendered'), scriptOnly: interactive('scriptOnly'), ratio },
      timed,
      geometry,
    },
  };
}

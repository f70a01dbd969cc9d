// `npm run screenshots`: pictures of each widget, light and dark, for the README, taken from the
// built one-script bundle in headless Chromium (Debian's). Writes docs/screenshots/<name>-<theme>.webp.
// Run `npm run build` first (the script builds when dist/ is missing).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { serve } from './bench/server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = 'docs/screenshots';

/**
 * What each picture shows: the element as a site owner would embed it, with a reader's input, in
 * the themes listed. The name is the file name's start.
 */
const SHOTS = [
  {
    name: 'dcw-role-comparison',
    tag: 'dcw-role-comparison',
    attrs:
      'roles="frontend backend" highlight="backend" dimensions="focus languages databases pay outlook" locale="en-US"',
    themes: ['light', 'dark'],
  },
  {
    name: 'dcw-salary-calculator',
    tag: 'dcw-salary-calculator',
    attrs: 'role-id="backend" region="us" pay="120000" locale="en-US"',
    themes: ['light', 'dark'],
  },
  {
    // A German blog: euros by the month, with the annual equivalent.
    name: 'dcw-salary-calculator-de',
    tag: 'dcw-salary-calculator',
    attrs: 'role-id="backend" region="de" locale="de-DE"',
    themes: ['light'],
  },
  {
    name: 'dcw-skills-checklist',
    tag: 'dcw-skills-checklist',
    attrs: 'role-id="backend" categories="be-relational be-apis" no-persist locale="en-US"',
    themes: ['light', 'dark'],
  },
];

const page = ({ tag, attrs }, theme) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${tag}</title><link rel="icon" href="data:,"><script src="/dist/dev-career-widgets.js"></script>
<style>body{margin:0;padding:16px;font:16px/1.5 system-ui,sans-serif;background:${theme === 'dark' ? '#0d1117' : '#fff'}}</style>
</head><body><${tag} ${attrs} theme="${theme}"></${tag}></body></html>`;

if (!existsSync('dist/dev-career-widgets.js')) execSync('npm run build', { stdio: 'inherit' });
mkdirSync(OUT, { recursive: true });
const pages = new Map();
for (const shot of SHOTS)
  for (const theme of shot.themes) pages.set(`/shot/${shot.name}-${theme}.html`, { shot, html: page(shot, theme) });
const server = await serve('.', new Map([...pages].map(([path, { html }]) => [path, html])));
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  defaultViewport: { width: 760, height: 900, deviceScaleFactor: 1 },
  args: ['--no-sandbox', '--disable-gpu', '--headless=new', '--font-render-hinting=none'],
});
try {
  const tab = await browser.newPage();
  await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  for (const [path, { shot }] of pages) {
    const name = path.slice('/shot/'.length, -'.html'.length);
    const { tag } = shot;
    await tab.goto(server.origin + path, { waitUntil: 'load' });
    await tab.waitForFunction(
      (t) => !!document.querySelector(t)?.shadowRoot?.querySelector('[part~="base"]')?.textContent.trim(),
      {},
      tag,
    );
    // A reader who has ticked a few skills.
    await tab.evaluate(async () => {
      const checklist = document.querySelector('dcw-skills-checklist');
      if (checklist) {
        checklist.checked = ['be-sql', 'be-postgresql', 'be-schema-design', 'be-rest', 'be-json'];
        await checklist.updateComplete;
      }
      await document.fonts.ready;
    });
    const element = await tab.$(tag);
    await element.screenshot({ path: `${OUT}/${name}.webp`, type: 'webp', quality: 80 });
    console.log(`${OUT}/${name}.webp`);
  }
} finally {
  await browser.close();
  await server.close();
}

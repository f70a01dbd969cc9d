// README's prerender examples, run as written: each `js` block of the "Prerendering" section is
// saved as a module inside the package (so `dev-career-widgets/prerender` resolves to this
// package's own export, as it does for an installed one) and imported. The Eleventy transform is
// then called as Eleventy calls it. Run after `npm run build`. The last line is "N passed, N failed".
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prerender } from '../../dist/esm/prerender.js';
import { assert, report, test } from './harness.mjs';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const section = readme.slice(
  readme.indexOf('## Prerendering'),
  readme.indexOf('\n## ', readme.indexOf('## Prerendering') + 1),
);
const blocks = [...section.matchAll(/```js\n([^]*?)```/g)].map((m) => m[1]);
const page = readFileSync(new URL('test/prerender/three-widgets.html', root), 'utf8');

/** Imports `code` as a module saved in this folder (inside the package), then removes the file. */
async function importBlock(code, name) {
  const file = new URL(`.readme-${name}.tmp.mjs`, import.meta.url);
  writeFileSync(file, code);
  try {
    return await import(file.href);
  } finally {
    rmSync(file);
  }
}

await test('the section has the API example and the Eleventy set-up', async () => {
  assert(blocks.length === 2, `expected 2 js blocks, found ${blocks.length}`);
  assert(
    blocks.every((b) => b.includes("from 'dev-career-widgets/prerender'")),
    'a block does not import the package',
  );
});

await test('the Eleventy transform prerenders HTML output and leaves every other output as it is', async () => {
  const eleventy = blocks.find((b) => b.includes('addTransform'));
  assert(eleventy, 'no Eleventy block');
  const { default: configure } = await importBlock(eleventy, 'eleventy');
  const transforms = new Map();
  configure({ addTransform: (name, fn) => transforms.set(name, fn) });
  assert(transforms.size === 1, `expected one transform, got ${[...transforms.keys()].join(', ')}`);
  const [transform] = transforms.values();
  // As Eleventy 2+ calls a transform: the page's data as `this.page`.
  const run = (outputPath) => transform.call({ page: { inputPath: './index.md', outputPath } }, page);
  assert(run('_site/index.html') === prerender(page), 'an .html page is not what prerender writes');
  assert(run('_site/feed.xml') === page, 'a feed was changed');
  // Eleventy gives `false` for a template written nowhere (permalink: false).
  assert(run(false) === page, 'output with no path was changed');
});

await test('the API example reads page.html and prerenders it', async () => {
  const api = blocks.find((b) => b.includes("readFile('page.html'"));
  assert(api, 'no API block');
  const dir = mkdtempSync(join(tmpdir(), 'dcw-readme-'));
  writeFileSync(join(dir, 'page.html'), page);
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    // The block's result, exported so the test can read it.
    const { html } = await importBlock(`${api}\nexport { html };\n`, 'api');
    assert(html === prerender(page), 'the result is not what prerender writes for page.html');
  } finally {
    process.chdir(cwd);
    rmSync(dir, { recursive: true });
  }
});

report();

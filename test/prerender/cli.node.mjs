// `npm run test:prerender`: the prerender CLI and API in Node, on the built package (run after
// `npm run build`). Browser-side checks of the same output (no script, upgrade, layout shift) are
// in prerender.test.ts. The last line is "N passed, N failed", as CI reads it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseFragment } from 'parse5';
import { prerender, PrerenderError } from '../../dist/esm/prerender.js';
import { assert, equal, includes, report, test } from './harness.mjs';

const root = new URL('../../', import.meta.url);
const CLI = new URL('bin/dev-career-widgets.js', root).pathname;
const TAGS = JSON.parse(readFileSync(new URL('src/widgets.json', root), 'utf8')).map((w) => w.tag);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'dcw-prerender-'));

/** Runs the CLI; never throws. */
const cli = (args, input) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });

const isElement = (n) => 'tagName' in n;
const children = (n) => (n.content ? n.content.childNodes : (n.childNodes ?? []));
function elements(node, out = []) {
  for (const child of children(node)) {
    if (isElement(child)) out.push(child);
    elements(child, out);
  }
  return out;
}
const attr = (el, name) => el.attrs.find((a) => a.name === name)?.value;
const widgetsOf = (html) => elements(parse(html)).filter((el) => TAGS.includes(el.tagName));

/**
 * The text a reader without shadow DOM gets: the page's text outside templates, scripts and styles
 * (what a feed reader or a search engine's plain extraction reads).
 */
function plainText(node) {
  if (node.nodeName === '#text') return node.value;
  if (isElement(node) && ['template', 'script', 'style', 'head'].includes(node.tagName)) return ' ';
  return (node.childNodes ?? []).map(plainText).join(' ');
}
const textOf = (html) => plainText(parse(html)).replace(/\s+/g, ' ');
/** The text inside each widget's declarative shadow root. */
const shadowTextOf = (widget) => {
  const template = widget.childNodes.find((n) => isElement(n) && n.tagName === 'template');
  const text = (n) => (n.nodeName === '#text' ? n.value : children(n).map(text).join(' '));
  return text(template).replace(/\s+/g, ' ');
};

/**
 * Each widget has one declarative shadow root and one fallback, its first two children; and the
 * page less what prerender wrote is the page it was given, byte for byte.
 */
function checkWritten(input, output) {
  const widgets = widgetsOf(output);
  assert(widgets.length > 0, 'no widget in the output');
  for (const w of widgets) {
    const roots = w.childNodes.filter(
      (n) => isElement(n) && n.tagName === 'template' && attr(n, 'shadowrootmode') === 'open',
    );
    const fallbacks = w.childNodes.filter((n) => isElement(n) && attr(n, 'data-dcw-fallback') !== undefined);
    equal(roots.length, 1, `<${w.tagName}> declarative shadow roots`);
    equal(fallbacks.length, 1, `<${w.tagName}> fallbacks`);
  }
  // Cut out what was written (from just after each start tag to the fallback's end): the rest is the input.
  const located = elements(parse(output, { sourceCodeLocationInfo: true })).filter((el) => TAGS.includes(el.tagName));
  let rest = '';
  let from = 0;
  for (const w of located) {
    const fallback = w.childNodes.find((n) => isElement(n) && attr(n, 'data-dcw-fallback') !== undefined);
    rest += output.slice(from, w.sourceCodeLocation.startTag.endOffset);
    from = fallback.sourceCodeLocation.endOffset;
  }
  equal(rest + output.slice(from), input, 'the page outside what prerender wrote');
}

console.log('prerender (Node)');

await test('the CLI on the demo article: each widget gets one shadow root and one fallback; the rest is byte-identical', () => {
  const input = read('demo/article.html');
  const run = cli(['prerender', 'demo/article.html']);
  equal(run.status, 0, `exit status (stderr: ${run.stderr})`);
  checkWritten(input, run.stdout);
  equal(widgetsOf(run.stdout).length, 3, 'widgets');
});

await test('a second run changes nothing (the CLI on its own output, and the API)', () => {
  const once = cli(['prerender', 'demo/article.html']).stdout;
  const file = join(tmp, 'once.html');
  writeFileSync(file, once);
  const twice = cli(['prerender', file]);
  equal(twice.status, 0, 'exit status');
  assert(twice.stdout === once, 'the second run changed the page');
  assert(prerender(once) === once, 'prerender() changed a prerendered page');
});

await test('a page with all three widgets: the fallback text has the rows, the skills and the median with its source', () => {
  const input = read('test/prerender/three-widgets.html');
  const output = prerender(input);
  checkWritten(input, output);
  const text = textOf(output);
  for (const part of [
    'Front-end developer',
    'Back-end developer',
    'Full-stack developer',
    'Languages',
    'Databases',
    'PostgreSQL',
    'Back-end developer: skills',
    'SQL (Essential)',
    'Git (Essential)',
    'Median annual pay: $135,980',
    'Source: Occupational Employment and Wage Statistics',
    'U.S. Bureau of Labor Statistics',
  ])
    includes(text, part, 'the plain text of the prerendered page');
  assert(!/NaN|undefined|Infinity/.test(text), 'NaN, undefined or Infinity in the fallback text');
});

await test('the shadow roots hold the widgets as the browser renders them: styles, table, checklist, calculator', () => {
  const [comparison, calculator, checklist] = widgetsOf(prerender(read('test/prerender/three-widgets.html')));
  for (const w of [comparison, calculator, checklist]) {
    const template = w.childNodes.find((n) => isElement(n) && n.tagName === 'template');
    const inner = elements(template);
    assert(
      inner.some((el) => el.tagName === 'style'),
      `<${w.tagName}>'s shadow root has no styles`,
    );
    assert(
      inner.some((el) => attr(el, 'part') === 'base'),
      `<${w.tagName}>'s shadow root has no part="base"`,
    );
  }
  includes(shadowTextOf(comparison), 'Back-end developer', 'the comparison');
  includes(shadowTextOf(calculator), '$135,980', 'the calculator');
  includes(shadowTextOf(checklist), 'PostgreSQL', 'the checklist');
  // No checkbox ticked and only the current option selected by the server (see withoutUnread).
  const inputs = elements(checklist).filter((el) => el.tagName === 'input' && attr(el, 'type') === 'checkbox');
  assert(inputs.length > 10, 'the checklist has no checkboxes');
  assert(
    inputs.every((el) => attr(el, 'checked') === undefined),
    'a checkbox is ticked before any script runs',
  );
  const selected = elements(calculator).filter((el) => el.tagName === 'option' && attr(el, 'selected') !== undefined);
  equal(selected.map((el) => attr(el, 'value')).join(' '), 'backend us year', 'selected options');
});

await test('no Lit hydration markers: the widgets render again rather than hydrate, so nothing would read them', () => {
  const page = read('test/prerender/three-widgets.html');
  const output = prerender(page);
  const markers = output.match(/<!--\/?lit-(part|node)\b[^>]*-->/g) ?? [];
  equal(markers.length, 0, 'hydration markers in the output');
  // Still three whole shadow roots: the cut left every element and text in place.
  equal(widgetsOf(output).length, 3, 'widgets');
  includes(output, '<!-- No widget script', "the page's own comment");
});

await test("the page's lang gives the language; the tag's own lang wins", () => {
  const output = prerender(
    '<html lang="de-DE"><body><dcw-salary-calculator region="de"></dcw-salary-calculator>' +
      '<div lang="es"><dcw-skills-checklist></dcw-skills-checklist></div></body></html>',
  );
  const text = textOf(output);
  includes(text, 'Medianes Monatsgehalt: 6.528 €', 'the German calculator');
  includes(text, 'Quelle:', 'the German citation');
  includes(text, 'Back-end developer: habilidades', 'the Spanish checklist');
});

await test('bad attributes: the same notices as the browser, in the shadow root and the fallback', () => {
  const output = prerender(
    '<html lang="en"><body><dcw-role-comparison roles="frontend nope" dimensions="languages zzz"></dcw-role-comparison>' +
      '<dcw-salary-calculator role="astronaut" pay="-5" hours-per-week="500" bogus="1"></dcw-salary-calculator></body></html>',
  );
  const [comparison, calculator] = widgetsOf(output);
  const text = textOf(output);
  for (const notice of ['Unknown roles "nope"', 'Unknown dimensions "zzz"']) {
    includes(shadowTextOf(comparison), notice, 'the comparison');
    includes(text, notice, 'the fallback');
  }
  includes(shadowTextOf(calculator), 'Unknown role "astronaut"; showing Back-end developer', 'the calculator');
  includes(text, 'Unknown role "astronaut"; showing Back-end developer', 'the fallback');
  assert(!/NaN|undefined|Infinity/.test(shadowTextOf(calculator) + text), 'NaN, undefined or Infinity shown');
});

await test('invalid inline JSON: the fallback says the data was refused, as the widget does', () => {
  const output = prerender(
    '<html lang="en"><body><dcw-salary-calculator><script type="application/json">{ not json</script></dcw-salary-calculator>' +
      '<dcw-skills-checklist><script type="application/json">{"version": 3}</script></dcw-skills-checklist></body></html>',
  );
  const [calculator, checklist] = widgetsOf(output);
  const text = textOf(output);
  includes(
    text,
    'The custom data is invalid at (root): expected valid JSON. Showing the built-in data instead.',
    'the fallback',
  );
  includes(shadowTextOf(calculator), 'The custom data is invalid at (root): expected valid JSON.', 'the calculator');
  includes(shadowTextOf(checklist), 'The custom data is invalid at', 'the checklist');
  includes(text, 'Median annual pay: $135,980', 'the fallback, with the built-in data');
});

await test('valid inline JSON is checked by the same validator and shown', () => {
  const data = read('test/fixtures/custom-dataset.json');
  const output = prerender(
    `<html lang="en"><body><dcw-salary-calculator><script type="application/json">${data}</script></dcw-salary-calculator></body></html>`,
  );
  assert(!textOf(output).includes('invalid'), 'valid data was refused');
  checkWritten(
    `<html lang="en"><body><dcw-salary-calculator><script type="application/json">${data}</script></dcw-salary-calculator></body></html>`,
    output,
  );
});

await test('src is not fetched: the built-in data, and the fallback says so', () => {
  const output = prerender(
    '<html><body><dcw-salary-calculator src="https://example.invalid/data.json"></dcw-salary-calculator></body></html>',
  );
  includes(textOf(output), 'the data at https://example.invalid/data.json is used once', 'the fallback');
  includes(textOf(output), '$135,980', 'the fallback');
});

await test('a page without any dcw- tag comes out unchanged, byte for byte', () => {
  const page =
    '<!DOCTYPE html>\r\n<html><!-- a comment --><body>\r\n<p class=x>caf\u00e9 &amp; <b>bold</p>\r\n<dcw-unknown></dcw-unknown></body></html>\r\n';
  equal(prerender(page), page, 'the output');
  const run = cli(['prerender', '-'], page);
  equal(run.status, 0, 'exit status');
  equal(run.stdout, page, 'the CLI output');
});

await test('the rest of the page stays byte-identical around widgets (CRLF, entities, BOM, odd attributes)', () => {
  const page =
    '\ufeff<!doctype html>\r\n<html lang=en><body data-x="&quot;">\r\n<p>caf\u00e9 &mdash; \u{1F600}</p>' +
    "<DCW-SALARY-CALCULATOR Region=US data-y='a\"b'></DCW-SALARY-CALCULATOR>\r\n<p>after</p></body></html>";
  checkWritten(page, prerender(page));
});

await test('widgets inside templates are left alone; widgets in any other element are prerendered', () => {
  const page =
    '<html><body><template><dcw-skills-checklist></dcw-skills-checklist></template>' +
    '<section><div><dcw-skills-checklist level="essential"></dcw-skills-checklist></div></section></body></html>';
  const output = prerender(page);
  equal(output.split('data-dcw-fallback').length - 1, 1, 'fallbacks written');
});

await test('a non-HTML file: a clear error, a non-zero exit and nothing on standard output', () => {
  for (const [file, message] of [
    ['package.json', 'not an HTML page'],
    ['src/shared/dataset/dataset.json', 'not an HTML page'],
  ]) {
    const run = cli(['prerender', file]);
    equal(run.status, 1, `${file}: exit status`);
    equal(run.stdout, '', `${file}: standard output`);
    includes(run.stderr, message, `${file}: standard error`);
  }
  const binary = join(tmp, 'binary.html');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0x3c, 0x70, 0x3e]));
  const run = cli(['prerender', binary]);
  equal(run.status, 1, 'binary file: exit status');
  includes(run.stderr, 'binary data', 'binary file: standard error');
  assert(
    throwsPrerenderError(() => prerender('just words')),
    'prerender() accepted a page with no tags',
  );
  assert(
    throwsPrerenderError(() => prerender(42)),
    'prerender() accepted a number',
  );
});

await test('a broken page (a widget without its end tag): the line in the message, no half-written file', () => {
  const page = join(tmp, 'broken.html');
  writeFileSync(page, '<html><body>\n<p>Hi</p>\n<dcw-skills-checklist>\n<p>the rest of the article</p></body></html>');
  const out = join(tmp, 'out.html');
  const run = cli(['prerender', page, '-o', out]);
  equal(run.status, 1, 'exit status');
  includes(run.stderr, 'Line 3: <dcw-skills-checklist> has no end tag', 'standard error');
  assert(!existsSync(out), 'an output file was written');
  const ok = cli(['prerender', 'test/prerender/three-widgets.html', '-o', out]);
  equal(ok.status, 0, 'exit status with -o');
  checkWritten(read('test/prerender/three-widgets.html'), readFileSync(out, 'utf8'));
});

await test('usage: an unknown command, a missing page or an unreadable file say so', () => {
  equal(cli([]).status, 2, 'no command');
  equal(cli(['render', 'x.html']).status, 2, 'unknown command');
  equal(cli(['prerender']).status, 2, 'no page');
  const missing = cli(['prerender', join(tmp, 'missing.html')]);
  equal(missing.status, 1, 'missing file');
  includes(missing.stderr, 'cannot read', 'missing file');
  equal(cli(['--help']).status, 0, '--help');
});

await test('the output parses as HTML as the input does (a fragment parse of each written part is whole)', () => {
  const output = prerender(read('test/prerender/three-widgets.html'));
  for (const w of widgetsOf(output)) {
    const fallback = w.childNodes.find((n) => isElement(n) && attr(n, 'data-dcw-fallback') !== undefined);
    assert(elements(fallback).length > 3, `<${w.tagName}>'s fallback is nearly empty`);
  }
  assert(parseFragment(output).childNodes.length > 0, 'the output does not parse');
});

function throwsPrerenderError(fn) {
  try {
    fn();
    return false;
  } catch (error) {
    return error instanceof PrerenderError;
  }
}

execFileSync('rm', ['-rf', tmp]);
report();

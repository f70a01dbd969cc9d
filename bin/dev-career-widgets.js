#!/usr/bin/env node
// `npx dev-career-widgets prerender page.html > out.html`: the page with every widget prerendered
// (see src/prerender/prerender.ts). The page is written only once it is whole: to standard output,
// or with `-o out.html` to a file written beside it and then renamed, so a failure never leaves a
// half-written page. Errors go to standard error with a non-zero exit.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const USAGE = `Usage: dev-career-widgets prerender <page.html | -> [-o <out.html>]

Writes the page with each dcw- widget prerendered: its markup as declarative shadow DOM and a
plain, sourced fallback, readable before any script runs. "-" reads the page from standard input.
Without -o the page goes to standard output.`;

function fail(message, code = 1) {
  process.stderr.write(`dev-career-widgets: ${message}\n`);
  process.exit(code);
}

const [command, ...args] = process.argv.slice(2);
if (command === '--help' || command === '-h') {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (command !== 'prerender') fail(`${command ? `unknown command "${command}"` : 'no command given'}\n\n${USAGE}`, 2);

let input;
let output;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '-o' || args[i] === '--output') output = args[++i] ?? fail('-o needs a file name', 2);
  else if (input === undefined) input = args[i];
  else fail(`one page at a time (also given: ${args[i]})`, 2);
}
if (input === undefined) fail(`no page given\n\n${USAGE}`, 2);

let page;
try {
  page = readFileSync(input === '-' ? 0 : input, 'utf8');
} catch (error) {
  fail(`cannot read ${input}: ${error.message}`);
}

const { prerender } = await import('../dist/esm/prerender.js');
let result;
try {
  result = prerender(page);
} catch (error) {
  fail(`${input}: ${error.message}`);
}

if (output === undefined) process.stdout.write(result);
else {
  const temporary = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, result);
    renameSync(temporary, output);
  } catch (error) {
    fail(`cannot write ${output}: ${error.message}`);
  }
}

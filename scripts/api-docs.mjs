// Writes everything derived from custom-elements.json (built from the elements' JSDoc): README.md's
// API tables (its Events table with the detail fields from src/shared/events.ts), src/react.ts and
// src/widget-attributes.generated.json. With --check it writes nothing and fails when any of them
// differs, so no copy of the API can drift from the code.
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { loadManifest } from './api/manifest.mjs';
import { readmeWithTables } from './api/readme-tables.mjs';
import { reactTypes } from './api/react-types.mjs';
import { attributeLists } from './api/attribute-lists.mjs';
import { eventDetails } from './api/event-details.mjs';

const check = process.argv.includes('--check');

/** Formatted as `npm run format` would, so the generated TypeScript passes `format:check` as written. */
async function formatted(path, text) {
  if (!path.endsWith('.ts')) return text;
  return prettier.format(text, { ...(await prettier.resolveConfig(path)), filepath: path });
}

let outputs;
try {
  const api = loadManifest();
  outputs = {
    'README.md': readmeWithTables(readFileSync('README.md', 'utf8'), api, eventDetails(api)),
    'src/react.ts': reactTypes(api),
    'src/widget-attributes.generated.json': attributeLists(api),
  };
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const stale = [];
for (const [path, text] of Object.entries(outputs)) {
  const want = await formatted(path, text);
  let have = '';
  try {
    have = readFileSync(path, 'utf8');
  } catch {
    // Not written yet: stale.
  }
  if (want === have) continue;
  stale.push(path);
  if (!check) writeFileSync(path, want);
}
if (check && stale.length) {
  console.error(
    `Out of date with custom-elements.json: ${stale.join(', ')}. Run \`npm run docs\` and commit the result.`,
  );
  process.exit(1);
}
console.log(
  check
    ? `${Object.keys(outputs).join(', ')} match custom-elements.json`
    : `Written from custom-elements.json: ${stale.join(', ') || 'nothing changed'}`,
);

// `npm run build`: every file in dist/, through Vite's JavaScript API, one build per file.
//
// - dist/esm/: ES modules for npm users, one per entry (all widgets, classes, each widget alone,
//   the validator, and prerender for Node); Lit and zod stay external so an app that has them does not ship them twice,
//   and the validator is a dynamic import that the app's bundler splits off.
// - dist/dcw-validate.js: the validator (zod and the dataset schema) as one ES module, which the
//   scripts import only when a page gives custom data.
// - dist/dev-career-widgets.js and dist/dcw-<widget>.js: one-tag scripts (IIFE, minified), the
//   first with every widget, each other with one widget and only the data it shows.
//
// The bundled dataset is checked against the schema before any script is built.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { templateMinifier } from './template-minifier.mjs';
import { ALL_IN_SCRIPT, VALIDATOR_SCRIPT, WIDGETS } from './widgets.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sourcemap = !!process.env.DCW_SOURCEMAP;
const VALIDATOR = `${root}src/shared/dataset/validator.ts`;
const SCRIPT_VALIDATOR = `${root}src/shared/dataset/validator.script.ts`;

/** The scripts load the validator from beside themselves (validator.script.ts), not as a chunk. */
const scriptValidator = {
  name: 'dcw-script-validator',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!source.endsWith('/validator.js')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === VALIDATOR ? SCRIPT_VALIDATOR : null;
  },
};

/** Lit's templates minified by a parser, conservatively (see template-minifier.mjs). */
const templates = { ...templateMinifier(['src/**/*.ts']), enforce: 'pre' };

/**
 * A script's entry: the ES module entry's exports, added to the page-wide `DevCareerWidgets`
 * object (src/shared/global.ts). Written here rather than as a file per script, from the registry.
 */
const SCRIPT_ENTRY = 'dcw-script-entry:';
const scriptEntry = {
  name: 'dcw-script-entry',
  enforce: 'pre',
  // Vite hands lib entries over as paths under the root: `/…/dcw-script-entry:src/index.ts`.
  resolveId: (id) => (id.includes(SCRIPT_ENTRY) ? `\0${id.slice(id.indexOf(SCRIPT_ENTRY))}` : null),
  load(id) {
    if (!id.startsWith(`\0${SCRIPT_ENTRY}`)) return null;
    const entry = JSON.stringify(`${root}${id.slice(SCRIPT_ENTRY.length + 1)}`);
    const global = JSON.stringify(`${root}src/shared/global.ts`);
    return `import * as api from ${entry};\nimport { publishGlobal } from ${global};\npublishGlobal(api);\n`;
  },
};

/**
 * The fields of dataset.json that a build leaves out, because the widgets in it do not show them
 * (src/shared/dataset/not-shipped.json): those of "every script", and for a widget's own script
 * those under its tag too (the comparison's text per role is in no other widget's script). They
 * stay in dataset.json, checked by the schema like every field, for readers of the data and
 * docs/data.md. A widget that starts showing one takes it out of that file.
 */
const NOT_SHIPPED = JSON.parse(readFileSync(`${root}src/shared/dataset/not-shipped.json`, 'utf8'));
const DATASET = `${root}src/shared/dataset/dataset.json`;
const shippedDataset = (tag) => ({
  name: 'dcw-shipped-dataset',
  enforce: 'pre',
  load(id) {
    if (id !== DATASET) return null;
    const data = JSON.parse(readFileSync(DATASET, 'utf8'));
    for (const spec of [NOT_SHIPPED['every script'], NOT_SHIPPED[tag] ?? {}]) {
      for (const [list, fields] of Object.entries(spec))
        data[list] = data[list].map((entry) =>
          Object.fromEntries(Object.entries(entry).filter(([k]) => !fields.includes(k))),
        );
    }
    return JSON.stringify(data);
  },
});

const common = { root, configFile: false, logLevel: 'warn', plugins: [shippedDataset()] };
const file = (path) => path.replace(/^dist\//, '');

// 1. ES modules. Their templates are minified as the scripts' are: an app gets the same markup,
// and `prerender` (which renders these modules) writes what the scripts render, not the sources'
// indentation and CSS comments. The code itself stays unminified, for readers and app bundlers.
await build({
  ...common,
  plugins: [...common.plugins, templates],
  build: {
    outDir: 'dist/esm',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        classes: 'src/classes.ts',
        validate: 'src/shared/dataset/validate.ts',
        prerender: 'src/prerender/prerender.ts',
        ...Object.fromEntries(WIDGETS.map((w) => [w.folder, w.entry])),
      },
      formats: ['es'],
    },
    // prerender's server renderer and HTML parser are dependencies, loaded by Node, never by a page.
    rolldownOptions: { external: [/^lit(\/.*)?$/, /^@lit\//, /^@lit-labs\//, /^parse5$/, /^zod(\/.*)?$/] },
  },
});

// 2. The bundled dataset passes the very validator custom data meets, or nothing ships.
const { validateDataset } = await import(new URL('../dist/esm/validate.js', import.meta.url).href);
const checked = validateDataset(JSON.parse(readFileSync(`${root}src/shared/dataset/dataset.json`, 'utf8')));
if (!checked.ok) {
  console.error('src/shared/dataset/dataset.json is invalid:');
  for (const issue of checked.issues) console.error(`  ${issue.path}: ${issue.message}`);
  process.exit(1);
}

// 3. The validator file.
await build({
  ...common,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap,
    lib: { entry: 'src/shared/dataset/validate.ts', formats: ['es'], fileName: () => file(VALIDATOR_SCRIPT) },
  },
});

// 4. The one-tag scripts.
const scripts = [{ entry: 'src/index.ts', script: ALL_IN_SCRIPT }, ...WIDGETS];
for (const { entry, script, tag } of scripts) {
  await build({
    ...common,
    plugins: [shippedDataset(tag), scriptEntry, scriptValidator, templates],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      reportCompressedSize: false,
      sourcemap,
      // No exports: the entry adds to the global itself, so the name Vite asks for is never assigned.
      lib: {
        entry: `${SCRIPT_ENTRY}${entry}`,
        name: 'DevCareerWidgets',
        formats: ['iife'],
        fileName: () => file(script),
      },
    },
  });
}
console.log(`built dist/esm/, ${VALIDATOR_SCRIPT}, ${scripts.map((s) => s.script).join(', ')}`);

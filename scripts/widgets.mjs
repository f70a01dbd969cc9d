// The widget registry (src/widgets.json) with the paths each widget has in the sources, the build
// and the npm package, derived in one place for the build, the size check, the package check and
// the docs. Adding a widget adds one line to src/widgets.json (see CONTRIBUTING, "Adding a widget").
import { readFileSync } from 'node:fs';

const registry = JSON.parse(readFileSync(new URL('../src/widgets.json', import.meta.url), 'utf8'));

/** The one-tag script that defines every widget. */
export const ALL_IN_SCRIPT = 'dist/dev-career-widgets.js';

/** The validator: zod and the dataset schema, loaded by the scripts for custom data only. */
export const VALIDATOR_SCRIPT = 'dist/dcw-validate.js';

export const WIDGETS = registry.map((w) => ({
  ...w,
  /** Registers the tag; the entry of the widget's own script and ES module. */
  entry: `src/${w.folder}/define.ts`,
  /** The widget's own one-tag script. */
  script: `dist/${w.tag}.js`,
  /** Its ES module for npm users, and the package subpath that exports it. */
  esm: `dist/esm/${w.folder}.js`,
  types: `dist/types/${w.folder}/define.d.ts`,
  subpath: `./${w.folder}`,
}));

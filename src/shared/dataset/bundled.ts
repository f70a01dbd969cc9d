/**
 * The whole bundled dataset, for the test suite and tools. No widget ships it whole: each takes
 * the lists it shows by name from dataset.json in its own `bundled-data.ts`, so a bundler keeps
 * only those (the checklist's script carries no pay figures, the calculator's no skills).
 *
 * The bundled data is checked against the schema by the build (scripts/build.mjs) and by the
 * test suite (test/dataset.test.ts) rather than at run time, so a page pays nothing to check it.
 */
import data from './dataset.json';
import type { Dataset } from './schema.js';

export const bundledDataset = data as unknown as Dataset;

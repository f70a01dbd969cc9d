import json from './dataset.json';
import type { Dataset } from './schema.js';

/**
 * The dataset shipped in the bundle. It is validated by the test suite (test/dataset.test.ts)
 * rather than at run time, so a page pays nothing to parse it twice.
 */
export const bundledDataset = json as unknown as Dataset;

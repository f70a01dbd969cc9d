/**
 * The custom-data validator (zod and the dataset schema, about 8 KB gzip), loaded only when a
 * page gives a widget custom data: a page that shows the bundled data never downloads it.
 *
 * This module serves the npm package and the dev and test servers: a dynamic import that a
 * bundler splits into a chunk of its own. The one-tag scripts replace it with
 * `validator.script.ts` (see scripts/build.mjs), which finds `dcw-validate.js` beside the script.
 */
import type { validateDataset } from './validate.js';

export type Validate = typeof validateDataset;

export const loadValidator = (): Promise<Validate> => import('./validate.js').then((m) => m.validateDataset);

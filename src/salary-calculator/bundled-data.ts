/** The bundled data the calculator shows: pay and outlook with their sources; no skills, no comparison rows. */
import { figureLists } from '../shared/dataset/figure-lists.js';
import type { Dataset } from '../shared/dataset/schema.js';

export const payData = { ...figureLists, dimensions: [], skills: [] } as unknown as Dataset;

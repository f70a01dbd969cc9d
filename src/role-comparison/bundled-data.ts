/** The bundled data the comparison shows: everything but the skills. */
import { dimensions } from '../shared/dataset/dataset.json';
import { figureLists } from '../shared/dataset/figure-lists.js';
import type { Dataset } from '../shared/dataset/schema.js';

export const comparisonData = { ...figureLists, dimensions, skills: [] } as unknown as Dataset;

/** The bundled data the comparison shows: everything but the skills. */
import {
  asOf,
  defaultRegion,
  dimensions,
  outlook,
  regions,
  roles,
  salaries,
  sources,
  version,
} from '../shared/dataset/dataset.json';
import type { Dataset } from '../shared/dataset/schema.js';

export const comparisonData = {
  version,
  asOf,
  defaultRegion,
  roles,
  sources,
  regions,
  salaries,
  outlook,
  dimensions,
  skills: [],
} as unknown as Dataset;
